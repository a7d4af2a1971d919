import type { Db } from '../../platform/db/index.js';
import { AppError, fieldError, newId, notFound, staleError } from '../../platform/core/index.js';
import { type Auth, encodeCursor, readInstantCursor, requireVersion } from '../../platform/http/index.js';
import { diffFields, insertAudit } from '../../platform/audit/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { checkLinks, editedLinks } from './interaction-input.js';
import { setInteractionsDeleted } from './interactions.repository.js';
import { materializeSeries, scheduleOf } from './materialize.js';
import { dateOf, localTimeOf, occurrencesBetween } from './recurrence.js';
import {
  deleteUntouchedOccurrences,
  findSeries,
  insertSeries,
  listSeriesPage,
  loadSeriesRefs,
  stopSeriesRow,
  updateSeriesRow,
  upcomingOccurrenceIds,
  type SeriesRefs,
  type SeriesRow,
  type SeriesValues,
} from './series.repository.js';
import type { CreateSeriesInput, SeriesListQuery, SeriesView, UpdateSeriesInput } from './series.schema.js';

const AUDITED: (keyof SeriesValues)[] = [
  'recurrence',
  'recurrenceInterval',
  'startsAt',
  'timeZone',
  'durationMinutes',
  'untilOn',
  'occurrenceCount',
  'kind',
  'subject',
  'location',
  'agenda',
  'memberIds',
  'partnerIds',
  'relationshipIds',
  'personIds',
];
const NEXT = 5;

function presentSeries(row: SeriesRow, refs: SeriesRefs, now: Date): SeriesView {
  const partner = (id: string) => refs.partners.get(id);
  const far = new Date(now.getTime() + 5 * 366 * 86_400_000);
  return {
    id: row.id,
    version: row.version,
    recurrence: row.recurrence,
    interval: row.recurrenceInterval,
    startsAt: row.startsAt.toISOString(),
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    until: row.untilOn,
    count: row.occurrenceCount,
    kind: row.kind,
    subject: row.subject,
    location: row.location,
    agenda: row.agenda,
    partners: row.partnerIds.flatMap((id) => partner(id) ?? []).map(({ id, name, type }) => ({ id, name, type })),
    relationships: row.relationshipIds.flatMap((id) => refs.relationships.get(id) ?? []),
    members: row.memberIds.flatMap((id) => refs.users.get(id) ?? []),
    people: row.personIds.flatMap((id) => partner(id) ?? []).map(({ id, name }) => ({ id, name })),
    nextOccurrences: row.stoppedAt
      ? []
      : occurrencesBetween(scheduleOf(row), now, far, NEXT).map((d) => d.toISOString()),
    materializedUntil: row.materializedUntil.toISOString(),
    stoppedAt: row.stoppedAt?.toISOString() ?? null,
    createdBy: row.createdBy ? { id: row.createdBy, name: row.createdByName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function loadView(db: Db, workspaceId: string, id: string): Promise<SeriesView> {
  const row = await findSeries(db, workspaceId, id);
  if (!row) throw notFound('Meeting series');
  return presentSeries(row, await loadSeriesRefs(db, workspaceId, [row]), new Date());
}

export async function getSeries(db: Db, auth: Auth, workspaceId: string, id: string): Promise<SeriesView> {
  await requirePermission(db, auth, workspaceId, 'read');
  return loadView(db, workspaceId, id);
}

/** Occurrences fall on whole minutes of local time, and so does the first one. */
const toMinute = (instant: string) => new Date(Math.floor(Date.parse(instant) / 60_000) * 60_000);

/** An end date before the first occurrence would make an empty series. */
function checkUntil(values: Pick<SeriesValues, 'untilOn' | 'startsAt' | 'timeZone'>) {
  if (values.untilOn && values.untilOn < dateOf(localTimeOf(values.startsAt, values.timeZone))) {
    throw fieldError('until', 'invalid_value', 'must not be before the first occurrence');
  }
}

/** Creates a recurring meeting and, in the same transaction, its occurrences for the next 90 days. */
export async function createSeries(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: CreateSeriesInput,
): Promise<SeriesView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const links = await checkLinks(db, workspaceId, {
    partnerIds: input.partnerIds ?? [],
    personIds: input.personIds ?? [],
    relationshipIds: input.relationshipIds ?? [],
    memberIds: input.memberIds ?? [auth.user.id],
  });
  const values: SeriesValues = {
    recurrence: input.recurrence,
    recurrenceInterval: input.interval ?? 1,
    startsAt: toMinute(input.startsAt),
    timeZone: input.timeZone ?? auth.user.timeZone,
    durationMinutes: input.durationMinutes ?? null,
    untilOn: input.until ?? null,
    occurrenceCount: input.count ?? null,
    kind: input.kind ?? 'meeting',
    subject: input.subject,
    location: input.location ?? '',
    agenda: input.agenda ?? [],
    ...links,
  };
  checkUntil(values);
  const id = newId();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await insertSeries(trx, { ...values, workspaceId, id, createdBy: auth.user.id }, now);
    const series = await findSeries(trx, workspaceId, id);
    if (!series) throw notFound('Meeting series');
    const created = await materializeSeries(trx, series, now);
    const changes = { ...diffFields(null, values, AUDITED), occurrences: { before: null, after: created } };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'meeting_series.create',
      entityType: 'meeting_series',
      entityId: id,
      changes,
    });
  });
  return loadView(db, workspaceId, id);
}

/**
 * Edits a running series. Occurrences already held keep as they are; upcoming ones nobody touched
 * are created again from the new schedule and template (edited or cancelled ones stay).
 */
export async function updateSeries(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: UpdateSeriesInput,
  headerVersion: number | undefined,
): Promise<SeriesView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(input.version ?? headerVersion);
  const current = await findSeries(db, workspaceId, id);
  if (!current) throw notFound('Meeting series');
  if (current.stoppedAt) throw new AppError('conflict', 'The series is stopped');
  const before: SeriesValues = {
    recurrence: current.recurrence,
    recurrenceInterval: current.recurrenceInterval,
    startsAt: current.startsAt,
    timeZone: current.timeZone,
    durationMinutes: current.durationMinutes,
    untilOn: current.untilOn,
    occurrenceCount: current.occurrenceCount,
    kind: current.kind,
    subject: current.subject,
    location: current.location,
    agenda: current.agenda,
    memberIds: current.memberIds,
    partnerIds: current.partnerIds,
    relationshipIds: current.relationshipIds,
    personIds: current.personIds,
  };
  const links = await editedLinks(db, workspaceId, input, before);
  const keep = <T>(given: T | undefined, stored: T): T => (given === undefined ? stored : given);
  const values: SeriesValues = {
    recurrence: keep(input.recurrence, before.recurrence),
    recurrenceInterval: keep(input.interval, before.recurrenceInterval),
    startsAt: input.startsAt === undefined ? before.startsAt : toMinute(input.startsAt),
    timeZone: keep(input.timeZone, before.timeZone),
    durationMinutes: keep(input.durationMinutes, before.durationMinutes),
    untilOn: keep(input.until, before.untilOn),
    occurrenceCount: keep(input.count, before.occurrenceCount),
    kind: keep(input.kind, before.kind),
    subject: keep(input.subject, before.subject),
    location: keep(input.location, before.location),
    agenda: keep(input.agenda, before.agenda),
    memberIds: links.memberIds,
    partnerIds: links.partnerIds,
    relationshipIds: links.relationshipIds,
    personIds: links.personIds,
  };
  checkUntil(values);
  const now = new Date();
  const saved = await db.transaction().execute(async (trx) => {
    if (!(await updateSeriesRow(trx, workspaceId, id, version, { ...values, updatedBy: auth.user.id }, now)))
      return false;
    const removed = await deleteUntouchedOccurrences(trx, workspaceId, id, now);
    const series = await findSeries(trx, workspaceId, id);
    if (!series) return false;
    const created = await materializeSeries(trx, series, now);
    const changes = { ...diffFields(before, values, AUDITED), occurrences: { before: removed, after: created } };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'meeting_series.update',
      entityType: 'meeting_series',
      entityId: id,
      changes,
    });
    return true;
  });
  if (!saved) throw await staleSeries(db, workspaceId, id);
  return loadView(db, workspaceId, id);
}

/** Stops a series: no more occurrences are created, and the upcoming ones go to the trash (restorable one by one). */
export async function stopSeries(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  versionInput: number | undefined,
): Promise<SeriesView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(versionInput);
  const current = await findSeries(db, workspaceId, id);
  if (!current) throw notFound('Meeting series');
  if (current.stoppedAt) throw new AppError('conflict', 'The series is stopped already');
  const now = new Date();
  const stopped = await db.transaction().execute(async (trx) => {
    if (!(await stopSeriesRow(trx, workspaceId, id, version, auth.user.id, now))) return false;
    const cancelled = await setInteractionsDeleted(
      trx,
      workspaceId,
      await upcomingOccurrenceIds(trx, workspaceId, id, now),
      { deletedAt: now },
      auth.user.id,
    );
    const changes = {
      stoppedAt: { before: null, after: now.toISOString() },
      cancelledOccurrences: { before: null, after: cancelled.length },
    };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'meeting_series.stop',
      entityType: 'meeting_series',
      entityId: id,
      changes,
    });
    return true;
  });
  if (!stopped) throw await staleSeries(db, workspaceId, id);
  return loadView(db, workspaceId, id);
}

/** Series, newest first. */
export async function listSeries(db: Db, auth: Auth, workspaceId: string, query: SeriesListQuery) {
  await requirePermission(db, auth, workspaceId, 'read');
  const { limit, cursor, ...filters } = query;
  const rows = await listSeriesPage(db, workspaceId, filters, readInstantCursor(cursor), limit);
  const page = rows.slice(0, limit);
  const refs = await loadSeriesRefs(db, workspaceId, page);
  const now = new Date();
  const last = page[page.length - 1];
  return {
    items: page.map((row) => presentSeries(row, refs, now)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** The stale-version error, with the series as it is now. */
async function staleSeries(db: Db, workspaceId: string, id: string) {
  return staleError({
    resource: 'Meeting series',
    find: () => findSeries(db, workspaceId, id),
    present: () => loadView(db, workspaceId, id),
  });
}
