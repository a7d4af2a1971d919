import { sql, type Kysely } from 'kysely';

const TS = 'timestamptz(3)';
const LIVE = 'deleted_at is null and not partner_deleted';

/**
 * Keep in touch: snoozes, the health score, and the workspace's retention balance threshold.
 *
 * A snooze is a row (history kept); `relationship.snoozed_until` copies the latest live one so the
 * keep-in-touch view filters with an index. The health score is stored on the relationship (lists
 * sort by it) and written there only when it changes; its explained components, which change with
 * every day that passes, live in the narrow `relationship_health_detail`, so the daily
 * recomputation does not rewrite every relationship row and its many indexes.
 * `relationship_health` keeps a row when the score changes, for the trend, and
 * `health_drop_30d` (highest score of the last 30 days minus the
 * current one) is what "losing touch" sorts by.
 */
// Interactions concerning a live relationship past Formation (naming it, or its partner as a
// partner or as a person met): work on an existing relationship. The rest is new-prospect work.
const ESTABLISHED_PAST_FORMATION = `r.stage <> 'formation' and r.deleted_at is null and not r.partner_deleted`;
const ESTABLISHED = `
  select l.workspace_id, l.interaction_id from interaction_relationship l
    join relationship r on r.workspace_id = l.workspace_id and r.id = l.relationship_id where ${ESTABLISHED_PAST_FORMATION}
  union select l.workspace_id, l.interaction_id from interaction_partner l
    join relationship r on r.workspace_id = l.workspace_id and r.partner_id = l.partner_id where ${ESTABLISHED_PAST_FORMATION}
  union select l.workspace_id, l.interaction_id from interaction_person l
    join relationship r on r.workspace_id = l.workspace_id and r.partner_id = l.person_id where ${ESTABLISHED_PAST_FORMATION}`;

const UP = [
  `create table contact_snooze (
    workspace_id uuid not null,
    id uuid not null,
    relationship_id uuid not null,
    until date not null,
    note text not null default '',
    created_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    ended_at ${TS},
    ended_by uuid references app_user (id) on delete set null,
    primary key (workspace_id, id),
    foreign key (workspace_id, relationship_id) references relationship (workspace_id, id) on delete cascade
  )`,
  'create index contact_snooze_relationship_idx on contact_snooze (workspace_id, relationship_id, created_at)',
  'alter table relationship add column snoozed_until date',
  // The due date an overdue notification was last sent for, so each lapse notifies once.
  'alter table relationship add column overdue_notified_for date',
  'alter table relationship add column health_score smallint check (health_score between 0 and 100)',
  'alter table relationship add column health_drop_30d smallint',
  // Keep in touch reads each tier in due order (within a tier, priority follows the due date), and
  // counts from the same index alone (owner and snooze included).
  `create index relationship_keep_in_touch_idx on relationship (workspace_id, tier, next_contact_due, id) include (owner_id, snoozed_until) where status = 'active' and ${LIVE}`,
  // Sorted by score both ways, not yet scored last (as relationship_value_up/down_idx), and by the drop, largest first.
  `create index relationship_health_up_idx on relationship (workspace_id, (coalesce(health_score, 101)), id) where ${LIVE}`,
  `create index relationship_health_down_idx on relationship (workspace_id, (coalesce(health_score, -1)), id) where ${LIVE}`,
  `create index relationship_health_drop_idx on relationship (workspace_id, health_drop_30d desc, id desc) where health_drop_30d > 0 and ${LIVE}`,
  `create table relationship_health_detail (
    workspace_id uuid not null,
    relationship_id uuid not null,
    components jsonb not null,
    computed_at ${TS} not null,
    primary key (workspace_id, relationship_id),
    foreign key (workspace_id, relationship_id) references relationship (workspace_id, id) on delete cascade
  ) with (fillfactor = 70)`,
  `create table relationship_health (
    workspace_id uuid not null,
    relationship_id uuid not null,
    day date not null,
    score smallint not null check (score between 0 and 100),
    primary key (workspace_id, relationship_id, day),
    foreign key (workspace_id, relationship_id) references relationship (workspace_id, id) on delete cascade
  )`,
  // Retention balance (DOMAIN 002): warn when new-prospect work falls under this share.
  'alter table workspace add column prospect_share_min smallint not null default 20 check (prospect_share_min between 0 and 100)',
  // Whether an interaction was new-prospect work, decided when its links are written (see
  // classifyInteractions), so the balance of a period is a count over the period's index.
  'alter table interaction add column prospect_work boolean not null default true',
  `update interaction i set prospect_work = false where (i.workspace_id, i.id) in (${ESTABLISHED})`,
  'drop index interaction_occurred_idx',
  'create index interaction_occurred_idx on interaction (workspace_id, occurred_at desc, id desc) include (prospect_work) where deleted_at is null',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop index interaction_occurred_idx',
    'create index interaction_occurred_idx on interaction (workspace_id, occurred_at desc, id desc) where deleted_at is null',
    'alter table interaction drop column prospect_work',
    'alter table workspace drop column prospect_share_min',
    'drop table relationship_health',
    'drop table relationship_health_detail',
    'drop index relationship_health_drop_idx',
    'drop index relationship_health_down_idx',
    'drop index relationship_health_up_idx',
    'drop index relationship_keep_in_touch_idx',
    'alter table relationship drop column health_drop_30d',
    'alter table relationship drop column health_score',
    'alter table relationship drop column overdue_notified_for',
    'alter table relationship drop column snoozed_until',
    'drop table contact_snooze',
  ])
    await sql.raw(statement).execute(db);
}
