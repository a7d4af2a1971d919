import { sql, type Kysely } from 'kysely';

const ROLE = `check (role in ('owner', 'admin', 'member', 'viewer'))`;

// Platform tables are global (a user belongs to many workspaces); every workspace table leads
// its keys with workspace_id so the schema can be distributed by workspace later (Citus).
const UP = [
  `create table app_user (
    id uuid primary key,
    email text not null,
    email_normalized text not null unique,
    name text not null,
    password_hash text not null,
    locale text not null default 'en' check (locale in ('en', 'vi', 'ru', 'fa')),
    time_zone text not null default 'UTC',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `create table workspace (
    id uuid primary key,
    name text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `create table membership (
    workspace_id uuid not null references workspace (id) on delete cascade,
    user_id uuid not null references app_user (id) on delete cascade,
    role text not null ${ROLE},
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 1,
    primary key (workspace_id, user_id)
  )`,
  `create index membership_user_idx on membership (user_id)`,
  `create table invitation (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    email text not null,
    email_normalized text not null,
    role text not null ${ROLE},
    token_hash text not null unique,
    invited_by uuid references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    accepted_at timestamptz,
    accepted_by uuid references app_user (id) on delete set null,
    revoked_at timestamptz,
    primary key (workspace_id, id)
  )`,
  `create table user_session (
    id text primary key,
    user_id uuid not null references app_user (id) on delete cascade,
    csrf_token text not null,
    current_workspace_id uuid references workspace (id) on delete set null,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at timestamptz not null,
    ip text,
    user_agent text
  )`,
  `create index user_session_user_idx on user_session (user_id)`,
  `create table password_reset (
    token_hash text primary key,
    user_id uuid not null references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz
  )`,
  `create table sign_in_failure (
    id uuid primary key,
    email_normalized text not null,
    ip text not null,
    at timestamptz not null default now()
  )`,
  `create index sign_in_failure_email_idx on sign_in_failure (email_normalized, at)`,
  `create index sign_in_failure_ip_idx on sign_in_failure (ip, at)`,
  `create table email_message (
    id uuid primary key,
    workspace_id uuid references workspace (id) on delete cascade,
    to_address text not null,
    subject text not null,
    text_body text not null,
    html_body text,
    status text not null check (status in ('queued', 'sent', 'failed')),
    error text,
    created_at timestamptz not null default now(),
    sent_at timestamptz
  )`,
  `create index email_message_workspace_idx on email_message (workspace_id, id desc)`,
  `create table audit_log (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    actor_id uuid references app_user (id) on delete set null,
    action text not null,
    entity_type text not null,
    entity_id text not null,
    changes jsonb not null default '{}',
    created_at timestamptz not null default now(),
    primary key (workspace_id, id)
  )`,
];

const DOWN = [
  'drop table audit_log',
  'drop table email_message',
  'drop table sign_in_failure',
  'drop table password_reset',
  'drop table user_session',
  'drop table invitation',
  'drop table membership',
  'drop table workspace',
  'drop table app_user',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
