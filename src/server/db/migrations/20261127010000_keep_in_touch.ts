import { sql, type Kysely } from 'kysely';

const TS = 'timestamptz(3)';
const LIVE = 'deleted_at is null and not partner_deleted';

/**
 * Keep in touch: snoozes, the health score, and the workspace's retention balance threshold.
 *
 * A snooze is a row (history kept); `relationship.snoozed_until` copies the latest live one so the
 * keep-in-touch view filters with an index. The health score and its explained components are
 * stored on the relationship (lists sort by them); `relationship_health` keeps a row when the
 * score changes, for the trend, and `health_drop_30d` (highest score of the last 30 days minus the
 * current one) is what "losing touch" sorts by.
 */
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
  'alter table relationship add column health_components jsonb',
  `alter table relationship add column health_computed_at ${TS}`,
  'alter table relationship add column health_drop_30d smallint',
  `create index relationship_keep_in_touch_idx on relationship (workspace_id, next_contact_due, owner_id) where status = 'active' and ${LIVE}`,
  // Sorted by score both ways, not yet scored last (as relationship_value_up/down_idx), and by the drop, largest first.
  `create index relationship_health_up_idx on relationship (workspace_id, (coalesce(health_score, 101)), id) where ${LIVE}`,
  `create index relationship_health_down_idx on relationship (workspace_id, (coalesce(health_score, -1)), id) where ${LIVE}`,
  `create index relationship_health_drop_idx on relationship (workspace_id, health_drop_30d desc, id desc) where health_drop_30d > 0 and ${LIVE}`,
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
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'alter table workspace drop column prospect_share_min',
    'drop table relationship_health',
    'drop index relationship_health_drop_idx',
    'drop index relationship_health_down_idx',
    'drop index relationship_health_up_idx',
    'drop index relationship_keep_in_touch_idx',
    'alter table relationship drop column health_drop_30d',
    'alter table relationship drop column health_computed_at',
    'alter table relationship drop column health_components',
    'alter table relationship drop column health_score',
    'alter table relationship drop column overdue_notified_for',
    'alter table relationship drop column snoozed_until',
    'drop table contact_snooze',
  ])
    await sql.raw(statement).execute(db);
}
