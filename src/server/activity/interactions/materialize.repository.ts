import type { Selectable } from 'kysely';
import type { MeetingSeriesTable, Tx } from '../../platform/db/index.js';
import { foldText, newId } from '../../platform/core/index.js';

type Series = Selectable<MeetingSeriesTable>;

/**
 * Creates a series' occurrences at these starts, as planned (contact_pending) meetings; a start
 * the series has an occurrence at already is skipped by the unique index. Answers the ids created.
 */
export async function insertOccurrences(trx: Tx, series: Series, starts: Date[], now: Date): Promise<{ id: string }[]> {
  return trx
    .insertInto('interaction')
    .values(
      starts.map((start) => ({
        workspaceId: series.workspaceId,
        id: newId(),
        kind: series.kind,
        isMeeting: true,
        occurredAt: start,
        timeZone: series.timeZone,
        durationMinutes: series.durationMinutes,
        direction: null,
        subject: series.subject,
        location: series.location,
        notesHtml: '',
        notesText: '',
        minutesHtml: '',
        minutesText: '',
        // An occurrence starts with the series' subject and no notes or minutes.
        searchText: foldText(series.subject),
        sentiment: null,
        seriesId: series.id,
        occurrenceStart: start,
        contactPending: true,
        createdBy: series.createdBy,
        updatedBy: series.createdBy,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflict((oc) => oc.columns(['workspaceId', 'seriesId', 'occurrenceStart']).doNothing())
    .returning('id')
    .execute();
}

/** Gives each of these new occurrences the series' agenda template, item by item. */
export async function insertOccurrenceAgendas(trx: Tx, series: Series, interactionIds: string[]): Promise<void> {
  const agenda = interactionIds.flatMap((interactionId) =>
    series.agenda.map((item, position) => ({
      workspaceId: series.workspaceId,
      id: newId(),
      interactionId,
      position,
      title: item.title,
      notes: item.notes,
    })),
  );
  if (agenda.length) await trx.insertInto('meetingAgendaItem').values(agenda).execute();
}

/** Moves a series' watermark: its occurrences exist up to `through`. */
export async function setMaterializedUntil(trx: Tx, series: Series, through: Date): Promise<void> {
  await trx
    .updateTable('meetingSeries')
    .set({ materializedUntil: through })
    .where('workspaceId', '=', series.workspaceId)
    .where('id', '=', series.id)
    .execute();
}

/**
 * Which running series have occurrences only up to before `dueBefore`, least advanced first, at
 * most `limit`: claimed with FOR UPDATE SKIP LOCKED, so another instance takes other series.
 */
export async function claimDueSeries(trx: Tx, dueBefore: Date, limit: number): Promise<Series[]> {
  return trx
    .selectFrom('meetingSeries')
    .selectAll()
    .where('stoppedAt', 'is', null)
    .where('materializedUntil', '<', dueBefore)
    .orderBy('materializedUntil')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}
