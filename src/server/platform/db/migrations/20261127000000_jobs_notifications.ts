import { sql, type Kysely } from 'kysely';

const TS = 'timestamptz(3)';

/**
 * The job runner's queue, in-app notifications, each member's reminder choices, and email
 * delivery as retried work.
 *
 * `job` rows are claimed with FOR UPDATE SKIP LOCKED and leased (`locked_until`), so several
 * app instances on one PostgreSQL never run the same job at once, and a job whose runner died
 * is taken again once its lease has run out. `unique_key` makes enqueueing idempotent: a
 * digest for one member and one local day, say, is queued once however many instances try.
 */
const UP = [
  `create table job (
    id uuid primary key,
    kind text not null,
    payload jsonb not null default '{}',
    unique_key text unique,
    status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
    run_at ${TS} not null default now(),
    attempts integer not null default 0,
    max_attempts integer not null default 8 check (max_attempts >= 1),
    locked_by text,
    locked_until ${TS},
    last_error text,
    created_at ${TS} not null default now(),
    finished_at ${TS}
  )`,
  `create index job_queued_idx on job (run_at) where status = 'queued'`,
  `create index job_running_idx on job (locked_until) where status = 'running'`,
  `create index job_finished_idx on job (finished_at) where status in ('done', 'failed')`,

  // Email is sent by a job; while it is retried the message stays queued with its last error,
  // and it becomes failed only when the job gives up. Headers carry List-Unsubscribe.
  `alter table email_message add column headers jsonb not null default '{}'`,
  `alter table email_message add column attempts integer not null default 0`,
  `alter table email_message add column last_attempt_at ${TS}`,
  `create index email_message_failed_idx on email_message (workspace_id, id desc) where status = 'failed' or error is not null`,

  `create table notification (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    user_id uuid not null references app_user (id) on delete cascade,
    kind text not null check (kind in ('task_assigned', 'relationship_overdue', 'daily_digest')),
    params jsonb not null default '{}',
    entity_type text,
    entity_id uuid,
    created_at ${TS} not null default now(),
    read_at ${TS},
    primary key (workspace_id, id)
  )`,
  'create index notification_user_idx on notification (workspace_id, user_id, id desc)',
  'create index notification_unread_idx on notification (workspace_id, user_id) where read_at is null',

  // Only a member's departures from the defaults (reminders.ts) are stored.
  `create table notification_preference (
    workspace_id uuid not null,
    user_id uuid not null,
    kind text not null check (kind in ('task_assigned', 'relationship_overdue', 'daily_digest')),
    by_email boolean not null,
    in_app boolean not null,
    updated_at ${TS} not null default now(),
    primary key (workspace_id, user_id, kind),
    foreign key (workspace_id, user_id) references membership (workspace_id, user_id) on delete cascade
  )`,

  // Secrets the server makes for itself on first use (the key that signs unsubscribe links), so a
  // zero-setup install needs no configuration and several instances share one key.
  `create table server_secret (
    name text primary key,
    value text not null,
    created_at ${TS} not null default now()
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop table server_secret',
    'drop table notification_preference',
    'drop table notification',
    'drop index email_message_failed_idx',
    'alter table email_message drop column last_attempt_at',
    'alter table email_message drop column attempts',
    'alter table email_message drop column headers',
    'drop table job',
  ])
    await sql.raw(statement).execute(db);
}
