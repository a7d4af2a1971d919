import { sql, type SqlBool } from 'kysely';
import {
  type AgendaTemplateItem,
  type Db,
  type InteractionKind,
  nextVersion,
  type Recurrence,
  type Tx,
} from '../../platform/db/index.js';

/** The columns of a series a write sets. */
export type SeriesValues = {
  recurrence: Recurrence;
  recurrenceInterval: number;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number | null;
  untilOn: string | null;
  occurrenceCount: number | null;
  kind: InteractionKind;
  subject: string;
  location: string;
  agenda: AgendaTemplateItem[];
  memberIds: string[];
  partnerIds: string[];
  relationshipIds: string[];
  personIds: string[];
};

export function selectSeries(db: Db) {
  return db
    .selectFrom('meetingSeries as s')
    .leftJoin('appUser as u', 'u.id', 's.createdBy')
    .selectAll('s')
    .select('u.name as createdByName');
}

export type SeriesRow = Awaited<ReturnType<ReturnType<typeof selectSeries>['executeTakeFirstOrThrow']>>;

export async function findSeries(db: Db, workspaceId: string, id: string): Promise<SeriesRow | undefined> {
  return selectSeries(db).where('s.workspaceId', '=', workspaceId).where('s.id', '=', id).executeTakeFirst();
}

export async function insertSeries(
  trx: Tx,
  row: SeriesValues & { workspaceId: string; id: string; createdBy: string },
  now: Date,
) {
  await trx
    .insertInto('meetingSeries')
    .values({
      ...row,
      agenda: JSON.stringify(row.agenda),
      materializedUntil: now,
      updatedBy: row.createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
}

/**
 * Writes a running series' new values if it is still at `version`, and winds its watermark back to
 * `now`, so the materialiser creates the upcoming occurrences again from the new template.
 */
export async function updateSeriesRow(
  trx: Tx,
  workspaceId: string,
  id: string,
  version: number,
  values: SeriesValues & { updatedBy: string },
  now: Date,
) {
  const result = await trx
    .updateTable('meetingSeries')
    .set({ ...values, agenda: JSON.stringify(values.agenda), materializedUntil: now, ...nextVersion(now) })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('stoppedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function stopSeriesRow(
  trx: Tx,
  workspaceId: string,
  id: string,
  version: number,
  userId: string,
  now: Date,
) {
  const result = await trx
    .updateTable('meetingSeries')
    .set({ stoppedAt: now, updatedBy: userId, ...nextVersion(now) })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('stoppedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Removes the upcoming occurrences nobody has touched: still at version 1 (never edited, moved or
 * trashed) and without action items. They are copies of the template, so nothing is lost; edited or
 * cancelled ones stay, and keep their scheduled start taken.
 */
export async function deleteUntouchedOccurrences(trx: Tx, workspaceId: string, seriesId: string, now: Date) {
  const result = await trx
    .deleteFrom('interaction as i')
    .where('i.workspaceId', '=', workspaceId)
    .where('i.seriesId', '=', seriesId)
    .where('i.occurredAt', '>', now)
    .where('i.version', '=', 1)
    .where('i.deletedAt', 'is', null)
    .where(
      sql<SqlBool>`not exists (select 1 from task t where t.workspace_id = i.workspace_id and t.interaction_id = i.id)`,
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Live occurrences after `now`: what stopping a series cancels. */
export async function upcomingOccurrenceIds(
  trx: Tx,
  workspaceId: string,
  seriesId: string,
  now: Date,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('interaction')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('seriesId', '=', seriesId)
    .where('occurredAt', '>', now)
    .where('deletedAt', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** A page of series, newest first. */
export async function listSeriesPage(
  db: Db,
  workspaceId: string,
  filters: { partner?: string | undefined; relationship?: string | undefined; stopped?: boolean | undefined },
  after: { at: Date; id: string } | undefined,
  limit: number,
) {
  let query = selectSeries(db)
    .where('s.workspaceId', '=', workspaceId)
    .orderBy('s.createdAt', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit + 1);
  if (filters.partner) query = query.where(sql<SqlBool>`${filters.partner}::uuid = any(s.partner_ids)`);
  if (filters.relationship) query = query.where(sql<SqlBool>`${filters.relationship}::uuid = any(s.relationship_ids)`);
  if (filters.stopped !== undefined) query = query.where('s.stoppedAt', filters.stopped ? 'is not' : 'is', null);
  if (after) query = query.where(sql<SqlBool>`(s.created_at, s.id) < (${after.at}, ${after.id}::uuid)`);
  return query.execute();
}

/** Names of the partners, people, relationships and members a page of series templates refer to. */
export async function loadSeriesRefs(db: Db, workspaceId: string, rows: SeriesRow[]) {
  const partnerIds = [...new Set(rows.flatMap((r) => [...r.partnerIds, ...r.personIds]))];
  const relationshipIds = [...new Set(rows.flatMap((r) => r.relationshipIds))];
  const userIds = [...new Set(rows.flatMap((r) => r.memberIds))];
  const [partners, relationships, users] = await Promise.all([
    partnerIds.length
      ? db
          .selectFrom('partner')
          .select(['id', 'name', 'type'])
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', partnerIds)
          .where('deletedAt', 'is', null)
          .execute()
      : [],
    relationshipIds.length
      ? db
          .selectFrom('relationship as r')
          .innerJoin('partner as p', (j) =>
            j.onRef('p.workspaceId', '=', 'r.workspaceId').onRef('p.id', '=', 'r.partnerId'),
          )
          .select(['r.id', 'r.partnerId', 'p.name as partnerName', 'r.purpose'])
          .where('r.workspaceId', '=', workspaceId)
          .where('r.id', 'in', relationshipIds)
          .where('r.deletedAt', 'is', null)
          .where('r.partnerDeleted', '=', false)
          .execute()
      : [],
    userIds.length
      ? db
          .selectFrom('membership as m')
          .innerJoin('appUser as u', 'u.id', 'm.userId')
          .select(['u.id', 'u.name'])
          .where('m.workspaceId', '=', workspaceId)
          .where('m.userId', 'in', userIds)
          .execute()
      : [],
  ]);
  return {
    partners: new Map(partners.map((p) => [p.id, p])),
    relationships: new Map(relationships.map((r) => [r.id, r])),
    users: new Map(users.map((u) => [u.id, u])),
  };
}

export type SeriesRefs = Awaited<ReturnType<typeof loadSeriesRefs>>;
