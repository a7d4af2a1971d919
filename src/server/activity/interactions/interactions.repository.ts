import { sql } from 'kysely';
import {
  type Db,
  type Direction,
  type InteractionKind,
  nextVersion,
  type Sentiment,
  type Tx,
} from '../../platform/db/index.js';
import { newId } from '../../platform/core/index.js';
import { listAttachments } from '../attachments/index.js';
import { interactionSearchText } from './search-text.js';

/** The columns of an interaction a write sets. */
export type InteractionValues = {
  kind: InteractionKind;
  isMeeting: boolean;
  occurredAt: Date;
  timeZone: string;
  durationMinutes: number | null;
  direction: Direction | null;
  subject: string;
  location: string;
  notesHtml: string;
  notesText: string;
  minutesHtml: string;
  minutesText: string;
  sentiment: Sentiment | null;
};

/** Who and what an interaction concerns. */
export type InteractionLinks = {
  partnerIds: string[];
  personIds: string[];
  relationshipIds: string[];
  memberIds: string[];
};

export function selectInteractions(db: Db) {
  return db
    .selectFrom('interaction as i')
    .leftJoin('appUser as cu', 'cu.id', 'i.createdBy')
    .leftJoin('appUser as uu', 'uu.id', 'i.updatedBy')
    .selectAll('i')
    .select(['cu.name as createdByName', 'uu.name as updatedByName']);
}

export type InteractionRow = Awaited<ReturnType<ReturnType<typeof selectInteractions>['executeTakeFirstOrThrow']>>;

export async function findInteraction(db: Db, workspaceId: string, id: string): Promise<InteractionRow | undefined> {
  return selectInteractions(db).where('i.workspaceId', '=', workspaceId).where('i.id', '=', id).executeTakeFirst();
}

/** Interactions by id, in the order of the ids given (missing ones left out). */
export async function findInteractions(db: Db, workspaceId: string, ids: string[]): Promise<InteractionRow[]> {
  if (ids.length === 0) return [];
  const rows = await selectInteractions(db).where('i.workspaceId', '=', workspaceId).where('i.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function insertInteraction(
  trx: Tx,
  row: InteractionValues & {
    workspaceId: string;
    id: string;
    createdBy: string | null;
    seriesId?: string | null;
    occurrenceStart?: Date | null;
    importId?: string | null;
  },
  now: Date,
) {
  await trx
    .insertInto('interaction')
    .values({
      ...row,
      searchText: interactionSearchText(row),
      contactPending: row.occurredAt > now,
      updatedBy: row.createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
}

/**
 * Writes the new values only if the row is live and still at `version`; false means it changed or went to the trash.
 */
export async function updateInteractionRow(
  trx: Tx,
  workspaceId: string,
  id: string,
  version: number,
  values: InteractionValues & { updatedBy: string },
  now: Date,
) {
  const result = await trx
    .updateTable('interaction')
    .set({
      ...values,
      searchText: interactionSearchText(values),
      contactPending: values.occurredAt > now,
      ...nextVersion(now),
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Replaces who and what an interaction concerns, with the interaction's time and state copied on each link. */
export async function replaceLinks(trx: Tx, workspaceId: string, id: string, links: InteractionLinks) {
  // One statement at a time: a transaction is one connection.
  for (const table of [
    'interactionPartner',
    'interactionPerson',
    'interactionRelationship',
    'interactionMember',
  ] as const) {
    await trx.deleteFrom(table).where('workspaceId', '=', workspaceId).where('interactionId', '=', id).execute();
  }
  await insertLinks(trx, workspaceId, [{ id, ...links }]);
}

/** Links of freshly inserted interactions, their copies taken from the interaction rows. */
export async function insertLinks(trx: Tx, workspaceId: string, items: (InteractionLinks & { id: string })[]) {
  const copy = (
    table: 'interaction_partner' | 'interaction_person' | 'interaction_relationship',
    column: string,
    pairs: [string, string][],
  ) =>
    pairs.length === 0
      ? Promise.resolve()
      : sql`insert into ${sql.table(table)} (workspace_id, interaction_id, ${sql.ref(column)}, occurred_at, is_meeting, interaction_deleted)
          select i.workspace_id, i.id, x.target, i.occurred_at, i.is_meeting, i.deleted_at is not null
          from unnest(${sql.val(pairs.map((p) => p[0]))}::uuid[], ${sql.val(pairs.map((p) => p[1]))}::uuid[]) as x(interaction_id, target)
          join interaction i on i.workspace_id = ${workspaceId} and i.id = x.interaction_id`.execute(trx);
  const pairs = (pick: (item: InteractionLinks) => string[]) =>
    items.flatMap((item) => pick(item).map((target): [string, string] => [item.id, target]));
  await copy(
    'interaction_partner',
    'partner_id',
    pairs((i) => i.partnerIds),
  );
  await copy(
    'interaction_person',
    'person_id',
    pairs((i) => i.personIds),
  );
  await copy(
    'interaction_relationship',
    'relationship_id',
    pairs((i) => i.relationshipIds),
  );
  const members = items.flatMap((item) =>
    item.memberIds.map((userId, position) => ({ workspaceId, interactionId: item.id, userId, position })),
  );
  if (members.length) await trx.insertInto('interactionMember').values(members).execute();
  await classifyInteractions(
    trx,
    workspaceId,
    items.map((item) => item.id),
  );
}

/**
 * Records whether each interaction is new-prospect work for the retention balance (DOMAIN 002):
 * it is, unless it concerns a live relationship past Formation (naming it, or its partner as a
 * partner or as a person met). Decided when the links are written, as the team's effort stood
 * then: a relationship that later moves on does not turn yesterday's prospecting into account work.
 */
export async function classifyInteractions(trx: Tx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return;
  const list = sql`any(${sql.val(ids)}::uuid[])`;
  const past = sql`r.stage <> 'formation' and r.deleted_at is null and not r.partner_deleted`;
  // Two plain statements rather than a NOT IN subquery: without statistics (PGlite before its first
  // ANALYZE) a planner may run such a subquery once per row.
  const established = await sql<{ interactionId: string }>`
    select l.interaction_id from interaction_relationship l join relationship r on r.workspace_id = l.workspace_id and r.id = l.relationship_id
      where l.workspace_id = ${workspaceId} and l.interaction_id = ${list} and ${past}
    union
    select l.interaction_id from interaction_partner l join relationship r on r.workspace_id = l.workspace_id and r.partner_id = l.partner_id
      where l.workspace_id = ${workspaceId} and l.interaction_id = ${list} and ${past}
    union
    select l.interaction_id from interaction_person l join relationship r on r.workspace_id = l.workspace_id and r.partner_id = l.person_id
      where l.workspace_id = ${workspaceId} and l.interaction_id = ${list} and ${past}`.execute(trx);
  const existing = established.rows.map((row) => row.interactionId);
  await sql`update interaction set prospect_work = not (id = any(${sql.val(existing)}::uuid[]))
    where workspace_id = ${workspaceId} and id = ${list}`.execute(trx);
}

/** Brings the copies on the links in step with the interactions after their time, kind or trash state changed. */
export async function syncLinks(trx: Tx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return;
  for (const table of ['interaction_partner', 'interaction_person', 'interaction_relationship']) {
    await sql`update ${sql.table(table)} l
      set occurred_at = i.occurred_at, is_meeting = i.is_meeting, interaction_deleted = i.deleted_at is not null
      from interaction i
      where l.workspace_id = ${workspaceId} and l.interaction_id = any(${sql.val(ids)}::uuid[])
        and i.workspace_id = l.workspace_id and i.id = l.interaction_id`.execute(trx);
  }
}

/**
 * Moves interactions to or out of the trash, with their action items: a delete trashes the live
 * tasks of the interaction at the same instant, and a restore brings back exactly those (the tasks
 * trashed at that instant), not ones deleted on their own before. `version` guards a single delete.
 */
export async function setInteractionsDeleted(
  trx: Tx,
  workspaceId: string,
  ids: string[],
  change: { deletedAt: Date } | { restoreFrom: Date },
  userId: string,
  version?: number,
) {
  if (ids.length === 0) return [];
  const now = new Date();
  const deleting = 'deletedAt' in change;
  let query = trx
    .updateTable('interaction')
    .set({ deletedAt: deleting ? change.deletedAt : null, updatedBy: userId, ...nextVersion(now) })
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .where('deletedAt', deleting ? 'is' : 'is not', null);
  if (version !== undefined) query = query.where('version', '=', version);
  const changed = (await query.returning('id').execute()).map((r) => r.id);
  if (changed.length === 0) return [];
  await syncLinks(trx, workspaceId, changed);
  const tasks = trx
    .updateTable('task')
    .set({ deletedAt: deleting ? change.deletedAt : null, updatedBy: userId, ...nextVersion(now) })
    .where('workspaceId', '=', workspaceId)
    .where('interactionId', 'in', changed);
  await (deleting ? tasks.where('deletedAt', 'is', null) : tasks.where('deletedAt', '=', change.restoreFrom)).execute();
  return changed;
}

type Item = { id?: string | undefined };

/** Keeps the id of an item sent with one this interaction already has; new ones get new ids. */
function settleIds<T extends Item>(items: T[], known: Set<string>): (T & { id: string })[] {
  const used = new Set<string>();
  return items.map((item) => {
    const id = item.id && known.has(item.id) && !used.has(item.id) ? item.id : newId();
    used.add(id);
    return { ...item, id };
  });
}

export async function replaceAgenda(
  trx: Tx,
  workspaceId: string,
  interactionId: string,
  items: { id?: string | undefined; title: string; notes: string }[],
) {
  const known = await trx
    .selectFrom('meetingAgendaItem')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('interactionId', '=', interactionId)
    .execute();
  await trx
    .deleteFrom('meetingAgendaItem')
    .where('workspaceId', '=', workspaceId)
    .where('interactionId', '=', interactionId)
    .execute();
  const rows = settleIds(items, new Set(known.map((k) => k.id))).map((item, position) => ({
    workspaceId,
    interactionId,
    id: item.id,
    position,
    title: item.title,
    notes: item.notes,
  }));
  if (rows.length) await trx.insertInto('meetingAgendaItem').values(rows).execute();
}

export async function replaceDecisions(
  trx: Tx,
  workspaceId: string,
  interactionId: string,
  items: { id?: string | undefined; text: string }[],
) {
  const known = await trx
    .selectFrom('meetingDecision')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('interactionId', '=', interactionId)
    .execute();
  await trx
    .deleteFrom('meetingDecision')
    .where('workspaceId', '=', workspaceId)
    .where('interactionId', '=', interactionId)
    .execute();
  const rows = settleIds(items, new Set(known.map((k) => k.id))).map((item, position) => ({
    workspaceId,
    interactionId,
    id: item.id,
    position,
    text: item.text,
  }));
  if (rows.length) await trx.insertInto('meetingDecision').values(rows).execute();
}

/** Everything the interaction resource shows besides its row, for a page of interactions in a few queries. */
export async function loadParts(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0)
    return {
      partners: [],
      people: [],
      relationships: [],
      members: [],
      agenda: [],
      decisions: [],
      actionItems: [],
      attachments: [],
    };
  const [partners, people, relationships, members, agenda, decisions, actionItems, attachments] = await Promise.all([
    db
      .selectFrom('interactionPartner as l')
      .innerJoin('partner as p', (j) =>
        j.onRef('p.workspaceId', '=', 'l.workspaceId').onRef('p.id', '=', 'l.partnerId'),
      )
      .select(['l.interactionId', 'p.id', 'p.name', 'p.type'])
      .where('l.workspaceId', '=', workspaceId)
      .where('l.interactionId', 'in', ids)
      .orderBy('p.sortName')
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('interactionPerson as l')
      .innerJoin('partner as p', (j) => j.onRef('p.workspaceId', '=', 'l.workspaceId').onRef('p.id', '=', 'l.personId'))
      .select(['l.interactionId', 'p.id', 'p.name'])
      .where('l.workspaceId', '=', workspaceId)
      .where('l.interactionId', 'in', ids)
      .orderBy('p.sortName')
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('interactionRelationship as l')
      .innerJoin('relationship as r', (j) =>
        j.onRef('r.workspaceId', '=', 'l.workspaceId').onRef('r.id', '=', 'l.relationshipId'),
      )
      .innerJoin('partner as p', (j) =>
        j.onRef('p.workspaceId', '=', 'r.workspaceId').onRef('p.id', '=', 'r.partnerId'),
      )
      .select(['l.interactionId', 'r.id', 'r.partnerId', 'p.name as partnerName', 'r.purpose'])
      .where('l.workspaceId', '=', workspaceId)
      .where('l.interactionId', 'in', ids)
      .orderBy('p.sortName')
      .orderBy('r.id')
      .execute(),
    db
      .selectFrom('interactionMember as m')
      .innerJoin('appUser as u', 'u.id', 'm.userId')
      .select(['m.interactionId', 'u.id', 'u.name'])
      .where('m.workspaceId', '=', workspaceId)
      .where('m.interactionId', 'in', ids)
      .orderBy('m.position')
      .execute(),
    db
      .selectFrom('meetingAgendaItem')
      .select(['interactionId', 'id', 'title', 'notes'])
      .where('workspaceId', '=', workspaceId)
      .where('interactionId', 'in', ids)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('meetingDecision')
      .select(['interactionId', 'id', 'text'])
      .where('workspaceId', '=', workspaceId)
      .where('interactionId', 'in', ids)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('task as t')
      .leftJoin('appUser as o', 'o.id', 't.ownerId')
      .select([
        't.interactionId',
        't.id',
        't.version',
        't.title',
        't.ownerId',
        'o.name as ownerName',
        't.dueOn',
        't.status',
      ])
      .where('t.workspaceId', '=', workspaceId)
      .where('t.interactionId', 'in', ids)
      .where('t.deletedAt', 'is', null)
      .orderBy('t.createdAt')
      .orderBy('t.id')
      .execute(),
    listAttachments(db, workspaceId, ids),
  ]);
  return { partners, people, relationships, members, agenda, decisions, actionItems, attachments };
}

export type InteractionParts = Awaited<ReturnType<typeof loadParts>>;
