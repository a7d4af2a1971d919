import { sql, type Kysely } from 'kysely';

const TS = 'timestamptz(3)';

/**
 * Files attached to interactions. Only metadata lives here; the bytes are in the file store
 * (DATA_DIR/attachments/<workspace_id>/<id>, or S3), under the row's own key.
 */
const UP = [
  `create table interaction_attachment (
    workspace_id uuid not null,
    id uuid not null,
    interaction_id uuid not null,
    filename text not null,
    content_type text not null,
    size_bytes bigint not null check (size_bytes > 0),
    sha256 text not null,
    created_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    deleted_at ${TS},
    primary key (workspace_id, id),
    foreign key (workspace_id, interaction_id) references interaction (workspace_id, id) on delete cascade
  )`,
  'create index interaction_attachment_interaction_idx on interaction_attachment (workspace_id, interaction_id, created_at, id)',
  // The purge looks for attachments trashed long enough ago, in every workspace.
  'create index interaction_attachment_deleted_idx on interaction_attachment (deleted_at) where deleted_at is not null',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table interaction_attachment').execute(db);
}
