import { sql, type Kysely } from 'kysely';

const TS = 'timestamptz(3)'; // millisecond precision: a JavaScript Date in a keyset cursor matches exactly

const UP = [
  'create extension if not exists pg_trgm',
  `create table partner (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    type text not null check (type in ('organization', 'person')),
    name text not null,
    sort_name text not null,
    name_key text not null,
    kinds text[] not null default '{}',
    country text,
    owner_id uuid references app_user (id) on delete set null,
    profile jsonb not null default '{}',
    purchase_deciders jsonb not null default '[]',
    search_text text not null default '',
    import_id uuid,
    merged_into uuid,
    created_by uuid references app_user (id) on delete set null,
    updated_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    updated_at ${TS} not null default now(),
    deleted_at ${TS},
    version integer not null default 1,
    primary key (workspace_id, id)
  )`,
  'create index partner_sort_name_idx on partner (workspace_id, sort_name, id) where deleted_at is null',
  'create index partner_created_idx on partner (workspace_id, created_at, id) where deleted_at is null',
  'create index partner_updated_idx on partner (workspace_id, updated_at, id) where deleted_at is null',
  'create index partner_deleted_idx on partner (workspace_id, deleted_at, id) where deleted_at is not null',
  'create index partner_name_key_idx on partner (workspace_id, name_key)',
  'create index partner_owner_idx on partner (workspace_id, owner_id)',
  'create index partner_import_idx on partner (workspace_id, import_id) where import_id is not null',
  'create index partner_kinds_idx on partner using gin (kinds)',
  'create index partner_search_idx on partner using gin (search_text gin_trgm_ops)',
  'create index partner_sort_name_trgm_idx on partner using gin (sort_name gin_trgm_ops)',
  `create table partner_contact (
    workspace_id uuid not null,
    id uuid not null,
    partner_id uuid not null,
    channel text not null check (channel in ('email', 'phone', 'address', 'website', 'messenger')),
    label text not null default '',
    value text not null,
    value_key text not null,
    position integer not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, partner_id) references partner (workspace_id, id) on delete cascade
  )`,
  'create index partner_contact_partner_idx on partner_contact (workspace_id, partner_id, position)',
  'create index partner_contact_key_idx on partner_contact (workspace_id, channel, value_key)',
  `create table tag (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    name text not null,
    name_key text not null,
    color text not null,
    created_at ${TS} not null default now(),
    updated_at ${TS} not null default now(),
    version integer not null default 1,
    primary key (workspace_id, id),
    unique (workspace_id, name_key)
  )`,
  `create table partner_tag (
    workspace_id uuid not null,
    partner_id uuid not null,
    tag_id uuid not null,
    primary key (workspace_id, partner_id, tag_id),
    foreign key (workspace_id, partner_id) references partner (workspace_id, id) on delete cascade,
    foreign key (workspace_id, tag_id) references tag (workspace_id, id) on delete cascade
  )`,
  'create index partner_tag_tag_idx on partner_tag (workspace_id, tag_id, partner_id)',
  `create table affiliation (
    workspace_id uuid not null,
    person_id uuid not null,
    organization_id uuid not null,
    title text not null default '',
    primary key (workspace_id, person_id, organization_id),
    foreign key (workspace_id, person_id) references partner (workspace_id, id) on delete cascade,
    foreign key (workspace_id, organization_id) references partner (workspace_id, id) on delete cascade
  )`,
  'create index affiliation_organization_idx on affiliation (workspace_id, organization_id)',
  `create table saved_view (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    user_id uuid not null references app_user (id) on delete cascade,
    name text not null,
    query jsonb not null,
    created_at ${TS} not null default now(),
    primary key (workspace_id, id)
  )`,
  'create index saved_view_user_idx on saved_view (workspace_id, user_id)',
  `create table import_job (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    filename text not null,
    format text not null check (format in ('csv', 'vcard')),
    status text not null check (status in ('uploaded', 'running', 'done', 'failed', 'undone')),
    content text not null,
    mapping jsonb,
    row_count integer not null default 0,
    processed integer not null default 0,
    imported integer not null default 0,
    failed integer not null default 0,
    errors jsonb not null default '[]',
    created_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    finished_at ${TS},
    primary key (workspace_id, id)
  )`,
];

const DOWN = [
  'drop table import_job',
  'drop table saved_view',
  'drop table affiliation',
  'drop table partner_tag',
  'drop table tag',
  'drop table partner_contact',
  'drop table partner',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
