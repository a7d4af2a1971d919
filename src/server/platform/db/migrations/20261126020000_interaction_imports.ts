import { sql, type Kysely } from 'kysely';

/**
 * CSV import of past interactions reuses import_job: `target` says what a job creates, and each
 * interaction an import created carries its id, so undo finds exactly those.
 */
const UP = [
  `alter table import_job add column target text not null default 'partners' check (target in ('partners', 'interactions'))`,
  'alter table interaction add column import_id uuid',
  'create index interaction_import_idx on interaction (workspace_id, import_id) where import_id is not null',
];

const DOWN = [
  'drop index interaction_import_idx',
  'alter table interaction drop column import_id',
  'alter table import_job drop column target',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
