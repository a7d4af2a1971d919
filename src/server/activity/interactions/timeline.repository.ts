import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { TimelineType } from './timeline.schema.js';

/** Whose timeline: a partner's, or a relationship's (which also shows what concerns its partner). */
export type TimelineScope = { partnerId: string; relationshipId?: string | undefined };
export type TimelineKey = { at: Date; type: TimelineType; id: string };
export type TimelineOptions = {
  types: ReadonlySet<TimelineType>;
  member?: string | undefined;
  before?: Date | undefined;
  after?: TimelineKey | undefined;
  limit: number;
};

const and = (conditions: RawBuilder<unknown>[]) => sql<SqlBool>`${sql.join(conditions, sql` and `)}`;

/**
 * Rows before `before` and after the cursor in (at, type, id) descending order. The plain `at <=`
 * bound is redundant but lets each source start its index scan at the cursor instead of from the top.
 */
function bounds(
  at: RawBuilder<unknown>,
  type: RawBuilder<unknown>,
  id: RawBuilder<unknown>,
  o: TimelineOptions,
): RawBuilder<unknown>[] {
  const conditions = o.before ? [sql`${at} < ${o.before}`] : [];
  if (!o.after) return conditions;
  return [
    ...conditions,
    sql`${at} <= ${o.after.at}`,
    sql`(${at}, ${type}, ${id}) < (${o.after.at}, ${o.after.type}::text, ${o.after.id}::uuid)`,
  ];
}

/**
 * The newest interactions (and meetings) linked to one partner, person or relationship, read from
 * the link's timeline index. The type depends on the meeting flag, so rows of the same instant are
 * sorted by it too (an incremental sort on top of the index order).
 */
function linkSource(
  workspaceId: string,
  table: string,
  column: string,
  value: RawBuilder<unknown> | string,
  o: TimelineOptions,
) {
  const type = sql`(case when l.is_meeting then 'meeting' else 'interaction' end)`;
  const conditions = [
    sql`l.workspace_id = ${workspaceId}`,
    sql`l.${sql.ref(column)} = ${value}`,
    sql`not l.interaction_deleted`,
  ];
  if (!o.types.has('meeting')) conditions.push(sql`not l.is_meeting`);
  if (!o.types.has('interaction')) conditions.push(sql`l.is_meeting`);
  if (o.member)
    conditions.push(
      sql`exists (select 1 from interaction_member m where m.workspace_id = l.workspace_id and m.interaction_id = l.interaction_id and m.user_id = ${o.member})`,
    );
  conditions.push(...bounds(sql`l.occurred_at`, type, sql`l.interaction_id`, o));
  return sql`(select ${type} as type, l.interaction_id as id, l.occurred_at as at from ${sql.table(table)} l
    where ${and(conditions)} order by l.occurred_at desc, 1 desc, l.interaction_id desc limit ${o.limit + 1})`;
}

function taskSource(workspaceId: string, column: 'partner_id' | 'relationship_id', value: string, o: TimelineOptions) {
  const conditions = [
    sql`t.workspace_id = ${workspaceId}`,
    sql`t.${sql.ref(column)} = ${value}`,
    sql`t.deleted_at is null`,
  ];
  if (o.member) conditions.push(sql`t.owner_id = ${o.member}`);
  conditions.push(...bounds(sql`t.timeline_at`, sql`'task'::text`, sql`t.id`, o));
  return sql`(select 'task'::text as type, t.id, t.timeline_at as at from task t
    where ${and(conditions)} order by t.timeline_at desc, t.id desc limit ${o.limit + 1})`;
}

/** The relationships whose history a timeline shows: the one, or the partner's that are not in the trash. */
function relationshipsOf(workspaceId: string, scope: TimelineScope) {
  return scope.relationshipId
    ? sql`(${scope.relationshipId}::uuid)`
    : sql`(select r.id from relationship r where r.workspace_id = ${workspaceId} and r.partner_id = ${scope.partnerId} and r.deleted_at is null)`;
}

function stageChangeSource(workspaceId: string, scope: TimelineScope, o: TimelineOptions) {
  const conditions = [
    sql`c.workspace_id = ${workspaceId}`,
    sql`c.relationship_id in ${relationshipsOf(workspaceId, scope)}`,
  ];
  if (o.member) conditions.push(sql`c.changed_by = ${o.member}`);
  conditions.push(...bounds(sql`c.changed_at`, sql`'stage_change'::text`, sql`c.id`, o));
  return sql`(select 'stage_change'::text as type, c.id, c.changed_at as at from stage_change c
    where ${and(conditions)} order by c.changed_at desc, c.id desc limit ${o.limit + 1})`;
}

/**
 * When an assessment sits on the timeline: when it was recorded, or the end of the day it was
 * assessed for when that was earlier (a back-dated assessment goes back to its day).
 */
export const ASSESSMENT_AT = sql`least(a.created_at, (a.assessed_on + 1)::timestamp at time zone 'UTC')`;

function valueSource(workspaceId: string, scope: TimelineScope, o: TimelineOptions) {
  const conditions = [
    sql`a.workspace_id = ${workspaceId}`,
    sql`a.relationship_id in ${relationshipsOf(workspaceId, scope)}`,
  ];
  if (o.member) conditions.push(sql`a.assessed_by = ${o.member}`);
  conditions.push(...bounds(ASSESSMENT_AT, sql`'value_assessment'::text`, sql`a.id`, o));
  return sql`(select 'value_assessment'::text as type, a.id, ${ASSESSMENT_AT} as at from value_assessment a
    where ${and(conditions)} order by 3 desc, a.id desc limit ${o.limit + 1})`;
}

/**
 * One page of a timeline as (type, id, at), newest first. Each source reads its own index in
 * timeline order and stops after a page, so the merge sorts a few pages of rows however long the
 * history is. UNION (not ALL) drops an interaction reached through two links (the partner and a
 * participant, or the relationship and its partner).
 */
export async function timelinePage(
  db: Db,
  workspaceId: string,
  scope: TimelineScope,
  o: TimelineOptions,
): Promise<TimelineKey[]> {
  const sources: RawBuilder<unknown>[] = [];
  if (o.types.has('interaction') || o.types.has('meeting')) {
    sources.push(linkSource(workspaceId, 'interaction_partner', 'partner_id', scope.partnerId, o));
    sources.push(linkSource(workspaceId, 'interaction_person', 'person_id', scope.partnerId, o));
    if (scope.relationshipId)
      sources.push(linkSource(workspaceId, 'interaction_relationship', 'relationship_id', scope.relationshipId, o));
  }
  if (o.types.has('task')) {
    sources.push(taskSource(workspaceId, 'partner_id', scope.partnerId, o));
    if (scope.relationshipId) sources.push(taskSource(workspaceId, 'relationship_id', scope.relationshipId, o));
  }
  if (o.types.has('stage_change')) sources.push(stageChangeSource(workspaceId, scope, o));
  if (o.types.has('value_assessment')) sources.push(valueSource(workspaceId, scope, o));
  if (sources.length === 0) return [];
  const result = await sql<TimelineKey>`select x.type, x.id, x.at from (${sql.join(sources, sql` union `)}) x
    order by x.at desc, x.type desc, x.id desc limit ${o.limit + 1}`.execute(db);
  return result.rows;
}

/** Stage changes of a page, with who made them. */
export async function loadStageChanges(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('stageChange as c')
    .leftJoin('appUser as u', 'u.id', 'c.changedBy')
    .select([
      'c.id',
      'c.relationshipId',
      'c.fromStage',
      'c.toStage',
      'c.direction',
      'c.note',
      'c.reason',
      'c.changedBy',
      'u.name as changedByName',
    ])
    .where('c.workspaceId', '=', workspaceId)
    .where('c.id', 'in', ids)
    .execute();
}

/** Value assessments of a page, with who made them. */
export async function loadAssessments(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('valueAssessment as a')
    .leftJoin('appUser as u', 'u.id', 'a.assessedBy')
    .select([
      'a.id',
      'a.relationshipId',
      'a.canWeHelp',
      'a.canWeHelpNote',
      'a.canTheyHelp',
      'a.canTheyHelpNote',
      'a.assessedOn',
      'a.assessedBy',
      'u.name as assessedByName',
    ])
    .where('a.workspaceId', '=', workspaceId)
    .where('a.id', 'in', ids)
    .execute();
}
