import type { Selectable } from 'kysely';
import type { Db, MeetingSeriesTable, Tx } from '../../platform/db/index.js';
import { insertAuditMany } from '../../platform/audit/index.js';
import { findMemberIds, findRelationshipRefs } from '../../relationships/relationships/index.js';
import { insertLinks, type InteractionLinks } from './interactions.repository.js';
import {
  claimDueSeries,
  insertOccurrenceAgendas,
  insertOccurrences,
  setMaterializedUntil,
} from './materialize.repository.js';
import { occurrencesBetween, type Schedule } from './recurrence.js';
import { findPartnerRefs } from '../../directory/partners/index.js';

export const HORIZON_DAYS = 90;
const DAY = 86_400_000;
// A series is picked up again once its occurrences reach less than a day short of the horizon, so
// each one is worked on about once a day however often the job runs.
const SLACK_MS = DAY;
const BATCH = 20;

type Series = Selectable<MeetingSeriesTable>;

export function scheduleOf(
  series: Pick<Series, 'recurrence' | 'recurrenceInterval' | 'startsAt' | 'timeZone' | 'untilOn' | 'occurrenceCount'>,
): Schedule {
  return {
    recurrence: series.recurrence,
    interval: series.recurrenceInterval,
    startsAt: series.startsAt,
    timeZone: series.timeZone,
    until: series.untilOn,
    count: series.occurrenceCount,
  };
}

/**
 * What an occurrence concerns: the template's partners, people, relationships and members that are
 * still live (or still members) when it is created, a relationship's partner included.
 */
async function liveLinks(trx: Tx, series: Series): Promise<InteractionLinks> {
  // One after another: this runs inside the materialiser's transaction, on one connection.
  const partners = await findPartnerRefs(trx, series.workspaceId, [...series.partnerIds, ...series.personIds]);
  const relationships = await findRelationshipRefs(trx, series.workspaceId, series.relationshipIds);
  const members = await findMemberIds(trx, series.workspaceId, series.memberIds);
  const live = (id: string) => partners.get(id)?.deletedAt === null;
  const relationshipIds = series.relationshipIds.filter((id) => relationships.get(id)?.deleted === false);
  return {
    partnerIds: [
      ...new Set([
        ...series.partnerIds.filter(live),
        ...relationshipIds.map((id) => relationships.get(id)?.partnerId ?? ''),
      ]),
    ].filter(Boolean),
    personIds: series.personIds.filter((id) => live(id) && partners.get(id)?.type === 'person'),
    relationshipIds,
    memberIds: series.memberIds.filter((id) => members.has(id)),
  };
}

/**
 * Creates the occurrences of one series from its watermark up to the horizon, inside the caller's
 * transaction, and moves the watermark there. Idempotent: an occurrence whose scheduled start
 * exists already (created by another instance, or edited, or cancelled) is skipped by the unique
 * index. Occurrences are marked contact_pending: each counts as a contact once its time has come.
 * Returns how many were created.
 */
export async function materializeSeries(trx: Tx, series: Series, now: Date): Promise<number> {
  const through = new Date(now.getTime() + HORIZON_DAYS * DAY);
  const starts = occurrencesBetween(scheduleOf(series), series.materializedUntil, through);
  let created = 0;
  if (starts.length) {
    const links = await liveLinks(trx, series);
    const inserted = await insertOccurrences(trx, series, starts, now);
    await insertLinks(
      trx,
      series.workspaceId,
      inserted.map((r) => ({ id: r.id, ...links })),
    );
    await insertOccurrenceAgendas(
      trx,
      series,
      inserted.map((r) => r.id),
    );
    created = inserted.length;
  }
  await setMaterializedUntil(trx, series, through);
  return created;
}

/**
 * The periodic part: every running series whose occurrences fall short of the horizon gets the
 * missing ones. Series are claimed with FOR UPDATE SKIP LOCKED, a batch per transaction, so several
 * app instances share the work instead of repeating it. Returns how many occurrences were created.
 */
export async function materializeDueSeries(db: Db, now = new Date()): Promise<number> {
  const dueBefore = new Date(now.getTime() + HORIZON_DAYS * DAY - SLACK_MS);
  let total = 0;
  for (;;) {
    const claimed = await db.transaction().execute(async (trx) => {
      const due = await claimDueSeries(trx, dueBefore, BATCH);
      const audit = [];
      for (const series of due) {
        const created = await materializeSeries(trx, series, now);
        total += created;
        if (created) {
          audit.push({
            workspaceId: series.workspaceId,
            actorId: null,
            action: 'meeting_series.materialize',
            entityType: 'meeting_series',
            entityId: series.id,
            changes: { occurrences: { before: null, after: created } },
          });
        }
      }
      await insertAuditMany(trx, audit);
      return due.length;
    });
    if (claimed < BATCH) return total;
  }
}
