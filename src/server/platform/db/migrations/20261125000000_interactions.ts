import { sql, type Kysely } from 'kysely';

const TS = 'timestamptz(3)'; // millisecond precision: a JavaScript Date in a keyset cursor matches exactly
const KINDS = `('email', 'phone_call', 'video_call', 'meeting', 'message', 'event_encounter', 'site_visit', 'other')`;

/**
 * A link from an interaction to something it concerns. The interaction's time, meeting flag and
 * trash state are copied onto the link, so that a timeline reads one partner's (or relationship's)
 * interactions newest first straight from one index and stops after a page, however many there are.
 * interactions.repository.ts keeps the copies in step in the same transaction as every change.
 */
const link = (table: string, column: string, references: string) => [
  `create table ${table} (
    workspace_id uuid not null,
    interaction_id uuid not null,
    ${column} uuid not null,
    occurred_at ${TS} not null,
    is_meeting boolean not null,
    interaction_deleted boolean not null default false,
    primary key (workspace_id, interaction_id, ${column}),
    foreign key (workspace_id, interaction_id) references interaction (workspace_id, id) on delete cascade,
    foreign key (workspace_id, ${column}) references ${references} (workspace_id, id) on delete cascade
  )`,
  `create index ${table}_timeline_idx on ${table} (workspace_id, ${column}, occurred_at desc, interaction_id desc) where not interaction_deleted`,
];

const UP = [
  `create table meeting_series (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    recurrence text not null check (recurrence in ('weekly', 'monthly', 'quarterly')),
    recurrence_interval integer not null default 1 check (recurrence_interval between 1 and 12),
    starts_at ${TS} not null,
    time_zone text not null,
    duration_minutes integer check (duration_minutes between 0 and 1440),
    until_on date,
    occurrence_count integer check (occurrence_count between 1 and 1000),
    kind text not null check (kind in ${KINDS}),
    subject text not null,
    agenda jsonb not null default '[]',
    member_ids uuid[] not null default '{}',
    partner_ids uuid[] not null default '{}',
    relationship_ids uuid[] not null default '{}',
    person_ids uuid[] not null default '{}',
    materialized_until ${TS} not null,
    stopped_at ${TS},
    created_by uuid references app_user (id) on delete set null,
    updated_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    updated_at ${TS} not null default now(),
    version integer not null default 1,
    primary key (workspace_id, id)
  )`,
  // What the materialiser looks for: running series whose occurrences do not reach the horizon yet.
  'create index meeting_series_due_idx on meeting_series (materialized_until) where stopped_at is null',
  'create index meeting_series_created_idx on meeting_series (workspace_id, created_at desc, id desc)',
  `create table interaction (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    kind text not null check (kind in ${KINDS}),
    is_meeting boolean not null default false,
    occurred_at ${TS} not null,
    time_zone text not null,
    duration_minutes integer check (duration_minutes between 0 and 20160),
    direction text check (direction in ('outbound', 'inbound')),
    subject text not null default '',
    notes_html text not null default '',
    notes_text text not null default '',
    minutes_html text not null default '',
    minutes_text text not null default '',
    sentiment text check (sentiment in ('positive', 'neutral', 'negative')),
    series_id uuid,
    occurrence_start ${TS},
    contact_pending boolean not null default false,
    created_by uuid references app_user (id) on delete set null,
    updated_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    updated_at ${TS} not null default now(),
    deleted_at ${TS},
    version integer not null default 1,
    primary key (workspace_id, id),
    foreign key (workspace_id, series_id) references meeting_series (workspace_id, id)
  )`,
  'create index interaction_occurred_idx on interaction (workspace_id, occurred_at desc, id desc) where deleted_at is null',
  'create index interaction_deleted_idx on interaction (workspace_id, deleted_at, id) where deleted_at is not null',
  // One row per scheduled start of a series, trashed or not: two materialisers cannot both create
  // an occurrence, and one cancelled (trashed) is never created again.
  'create unique index interaction_occurrence_idx on interaction (workspace_id, series_id, occurrence_start)',
  // Planned interactions whose time has not come: the job that lets them count as a contact once it has.
  'create index interaction_contact_pending_idx on interaction (occurred_at) where contact_pending and deleted_at is null',
  ...link('interaction_partner', 'partner_id', 'partner'),
  ...link('interaction_person', 'person_id', 'partner'),
  ...link('interaction_relationship', 'relationship_id', 'relationship'),
  `create table interaction_member (
    workspace_id uuid not null,
    interaction_id uuid not null,
    user_id uuid not null references app_user (id) on delete cascade,
    position integer not null,
    primary key (workspace_id, interaction_id, user_id),
    foreign key (workspace_id, interaction_id) references interaction (workspace_id, id) on delete cascade
  )`,
  'create index interaction_member_user_idx on interaction_member (workspace_id, user_id, interaction_id)',
  `create table meeting_agenda_item (
    workspace_id uuid not null,
    id uuid not null,
    interaction_id uuid not null,
    position integer not null,
    title text not null,
    notes text not null default '',
    primary key (workspace_id, id),
    foreign key (workspace_id, interaction_id) references interaction (workspace_id, id) on delete cascade
  )`,
  'create index meeting_agenda_item_interaction_idx on meeting_agenda_item (workspace_id, interaction_id, position)',
  `create table meeting_decision (
    workspace_id uuid not null,
    id uuid not null,
    interaction_id uuid not null,
    position integer not null,
    text text not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, interaction_id) references interaction (workspace_id, id) on delete cascade
  )`,
  'create index meeting_decision_interaction_idx on meeting_decision (workspace_id, interaction_id, position)',
  `create table task (
    workspace_id uuid not null references workspace (id) on delete cascade,
    id uuid not null,
    title text not null,
    notes text not null default '',
    owner_id uuid references app_user (id) on delete set null,
    due_on date,
    status text not null check (status in ('open', 'done')),
    completed_at ${TS},
    completed_by uuid references app_user (id) on delete set null,
    interaction_id uuid,
    relationship_id uuid,
    partner_id uuid,
    timeline_at ${TS} not null,
    created_by uuid references app_user (id) on delete set null,
    updated_by uuid references app_user (id) on delete set null,
    created_at ${TS} not null default now(),
    updated_at ${TS} not null default now(),
    deleted_at ${TS},
    version integer not null default 1,
    primary key (workspace_id, id),
    foreign key (workspace_id, interaction_id) references interaction (workspace_id, id) on delete cascade,
    foreign key (workspace_id, relationship_id) references relationship (workspace_id, id) on delete cascade,
    foreign key (workspace_id, partner_id) references partner (workspace_id, id) on delete cascade,
    check ((status = 'done') = (completed_at is not null))
  )`,
  // Task lists: by owner (My tasks) or all, each in due order with undated tasks last.
  `create index task_owner_idx on task (workspace_id, owner_id, status, (coalesce(due_on, 'infinity'::date)), id) where deleted_at is null`,
  `create index task_due_idx on task (workspace_id, status, (coalesce(due_on, 'infinity'::date)), id) where deleted_at is null`,
  'create index task_partner_timeline_idx on task (workspace_id, partner_id, timeline_at desc, id desc) where deleted_at is null',
  'create index task_relationship_timeline_idx on task (workspace_id, relationship_id, timeline_at desc, id desc) where deleted_at is null',
  'create index task_interaction_idx on task (workspace_id, interaction_id)',
  'create index task_deleted_idx on task (workspace_id, deleted_at, id) where deleted_at is not null',
  // A relationship started with a partner we have already been in touch with starts from that last
  // contact, without the relationships module knowing about interactions (its insert leaves the
  // column null; a bulk seed that writes its own value keeps it). Later changes are recomputed by
  // last-contact.repository.ts.
  `create function relationship_initial_last_contact() returns trigger language plpgsql as $$
  begin
    new.last_contact_at := greatest(
      (select max(l.occurred_at) from interaction_partner l
        where l.workspace_id = new.workspace_id and l.partner_id = new.partner_id and not l.interaction_deleted and l.occurred_at <= now()),
      (select max(l.occurred_at) from interaction_person l
        where l.workspace_id = new.workspace_id and l.person_id = new.partner_id and not l.interaction_deleted and l.occurred_at <= now()));
    return new;
  end
  $$`,
  `create trigger relationship_last_contact before insert on relationship
    for each row when (new.last_contact_at is null) execute function relationship_initial_last_contact()`,
];

const DOWN = [
  'drop trigger relationship_last_contact on relationship',
  'drop function relationship_initial_last_contact()',
  'drop table task',
  'drop table meeting_decision',
  'drop table meeting_agenda_item',
  'drop table interaction_member',
  'drop table interaction_relationship',
  'drop table interaction_person',
  'drop table interaction_partner',
  'drop table interaction',
  'drop table meeting_series',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
