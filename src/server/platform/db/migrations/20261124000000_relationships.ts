import { sql, type Kysely } from 'kysely';

const TS = 'timestamptz(3)'; // millisecond precision: a JavaScript Date in a keyset cursor matches exactly
const STAGE = `check (%s in ('formation', 'planning', 'engagement', 'results', 'realization'))`;
const TIER = `check (%s in ('inner_circle', 'active', 'occasional', 'dormant'))`;
const stage = (column: string) => STAGE.replace('%s', column);
const tier = (column: string) => TIER.replace('%s', column);
// A relationship is listed while neither it nor its partner is in the trash; the list, board and
// analytics indexes hold only those rows.
const LIVE = 'where deleted_at is null and not partner_deleted';

const UP = [
  `create table relationship (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    partner_id uuid not null,
    partner_sort_name text not null,
    partner_deleted boolean not null default false,
    purpose text not null default '',
    kinds text[] not null default '{}',
    owner_id uuid references app_user (id) on delete set null,
    stage text not null ${stage('stage')},
    stage_entered_at ${TS} not null default now(),
    tier text not null ${tier('tier')},
    cadence_days integer check (cadence_days between 1 and 3650),
    last_contact_at ${TS},
    next_contact_due date not null,
    can_we_help smallint check (can_we_help between 1 and 5),
    can_they_help smallint check (can_they_help between 1 and 5),
    value_assessed_on date,
    status text not null check (status in ('active', 'paused', 'ended')),
    end_reason text,
    started_on date,
    ended_on date,
    created_by uuid references app_user (id) on delete set null,
    updated_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    updated_at ${TS} not null default now(),
    deleted_at ${TS},
    version integer not null default 1,
    primary key (workspace_id, id),
    foreign key (workspace_id, partner_id) references partner (workspace_id, id) on delete cascade,
    check (status <> 'ended' or end_reason is not null)
  )`,
  'create index relationship_partner_idx on relationship (workspace_id, partner_id)',
  `create index relationship_sort_idx on relationship (workspace_id, partner_sort_name, id) ${LIVE}`,
  `create index relationship_stage_idx on relationship (workspace_id, stage, partner_sort_name, id) ${LIVE}`,
  `create index relationship_tier_idx on relationship (workspace_id, tier, partner_sort_name, id) ${LIVE}`,
  `create index relationship_next_contact_idx on relationship (workspace_id, next_contact_due, id) ${LIVE}`,
  `create index relationship_updated_idx on relationship (workspace_id, updated_at, id) ${LIVE}`,
  // sort=stage and sort=value/-value: the same expressions as SORT_SPECS in list.repository.ts.
  `create index relationship_stage_order_idx on relationship (workspace_id, (array_position('{formation,planning,engagement,results,realization}'::text[], stage)), partner_sort_name, id) ${LIVE}`,
  `create index relationship_value_up_idx on relationship (workspace_id, (coalesce(can_we_help + can_they_help, 11)), id) ${LIVE}`,
  `create index relationship_value_down_idx on relationship (workspace_id, (coalesce(can_we_help + can_they_help, 0)), id) ${LIVE}`,
  `create index relationship_owner_idx on relationship (workspace_id, owner_id) ${LIVE}`,
  'create index relationship_deleted_idx on relationship (workspace_id, deleted_at, id) where deleted_at is not null',
  'create index relationship_name_trgm_idx on relationship using gin (partner_sort_name gin_trgm_ops)',
  // The partner's sort name and trash state are copied onto its relationships so the board can
  // read each column in name order from one index, without joining every partner. Every path that
  // renames or trashes partners (edit, bulk, merge, import, undo) goes through this trigger, so
  // none of them has to know about relationships.
  `create function relationship_follow_partner() returns trigger language plpgsql as $$
  begin
    update relationship
      set partner_sort_name = new.sort_name, partner_deleted = new.deleted_at is not null
      where workspace_id = new.workspace_id and partner_id = new.id;
    return null;
  end
  $$`,
  `create trigger partner_relationship_follow after update of sort_name, deleted_at on partner
    for each row
    when (old.sort_name is distinct from new.sort_name or (old.deleted_at is null) <> (new.deleted_at is null))
    execute function relationship_follow_partner()`,
  `create table relationship_team_member (
    workspace_id uuid not null,
    relationship_id uuid not null,
    user_id uuid not null references app_user (id) on delete cascade,
    role text not null default '',
    position integer not null,
    primary key (workspace_id, relationship_id, user_id),
    foreign key (workspace_id, relationship_id) references relationship (workspace_id, id) on delete cascade
  )`,
  `create table stage_change (
    workspace_id uuid not null,
    id uuid not null,
    relationship_id uuid not null,
    from_stage text ${stage('from_stage')},
    to_stage text not null ${stage('to_stage')},
    direction text not null check (direction in ('initial', 'forward', 'backward')),
    note text,
    reason text,
    skipped_items jsonb not null default '[]',
    changed_by uuid references app_user (id) on delete set null,
    changed_at ${TS} not null default now(),
    left_at ${TS},
    next_stage text ${stage('next_stage')},
    primary key (workspace_id, id),
    foreign key (workspace_id, relationship_id) references relationship (workspace_id, id) on delete cascade
  )`,
  'create index stage_change_relationship_idx on stage_change (workspace_id, relationship_id, changed_at, id)',
  // Each row is a stay in its stage: left_at and next_stage are written when the relationship
  // moves on, so analytics reads the stays that ended in a period from this index instead of
  // rebuilding every stay of the workspace with a window over the whole history.
  'create index stage_change_left_idx on stage_change (workspace_id, left_at) include (relationship_id, to_stage, next_stage, changed_at) where left_at is not null',
  `create table value_assessment (
    workspace_id uuid not null,
    id uuid not null,
    relationship_id uuid not null,
    can_we_help smallint not null check (can_we_help between 1 and 5),
    can_we_help_note text,
    can_they_help smallint not null check (can_they_help between 1 and 5),
    can_they_help_note text,
    assessed_on date not null,
    assessed_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    primary key (workspace_id, id),
    foreign key (workspace_id, relationship_id) references relationship (workspace_id, id) on delete cascade
  )`,
  'create index value_assessment_relationship_idx on value_assessment (workspace_id, relationship_id, assessed_on, id)',
  `create table relationship_tier_setting (
    workspace_id uuid not null references workspace (id) on delete cascade,
    tier text not null ${tier('tier')},
    cadence_days integer not null check (cadence_days between 1 and 3650),
    updated_at ${TS} not null default now(),
    primary key (workspace_id, tier)
  )`,
  // Text ids: a shipped item's id is its key (formation.needs_analysis), so it can be written here
  // the first time a workspace edits its stage and still match the checks made before.
  `create table stage_checklist_item (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id text not null,
    stage text not null ${stage('stage')},
    key text,
    label text,
    position integer not null,
    removed_at ${TS},
    primary key (workspace_id, id),
    check ((key is null) <> (label is null))
  )`,
  'create index stage_checklist_item_stage_idx on stage_checklist_item (workspace_id, stage, position)',
  `create table relationship_checklist_check (
    workspace_id uuid not null,
    relationship_id uuid not null,
    item_id text not null,
    done_at ${TS} not null default now(),
    done_by uuid references app_user (id) on delete set null,
    primary key (workspace_id, relationship_id, item_id),
    foreign key (workspace_id, relationship_id) references relationship (workspace_id, id) on delete cascade
  )`,
];

const DOWN = [
  'drop table relationship_checklist_check',
  'drop table stage_checklist_item',
  'drop table relationship_tier_setting',
  'drop table value_assessment',
  'drop table stage_change',
  'drop table relationship_team_member',
  'drop trigger partner_relationship_follow on partner',
  'drop function relationship_follow_partner()',
  'drop table relationship',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
