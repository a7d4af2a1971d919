import { agendaBody, kept } from '../interactions/index.js';
import { addDays, toInstant, toLocalInput } from '../../shared/index.js';
import type { MeetingSeries, SeriesInput } from './series.types.js';

/** A new weekly meeting: tomorrow at 10:00 on the user's clock, with the user taking part. */
export function emptySeriesInput(userId: string, timeZone: string, now: Date = new Date()): SeriesInput {
  return {
    subject: '',
    location: '',
    kind: 'meeting',
    localTime: `${addDays(toLocalInput(now, timeZone).slice(0, 10), 1)}T10:00`,
    timeZone,
    durationMinutes: 60,
    recurrence: 'weekly',
    interval: 1,
    end: 'never',
    until: '',
    count: null,
    agenda: [],
    partners: [],
    relationships: [],
    memberIds: [userId],
    people: [],
  };
}

/** The form's values for a series read from the server. */
export function toSeriesInput(series: MeetingSeries): SeriesInput {
  return {
    subject: series.subject,
    location: series.location,
    kind: series.kind,
    localTime: toLocalInput(series.startsAt, series.timeZone),
    timeZone: series.timeZone,
    durationMinutes: series.durationMinutes,
    recurrence: series.recurrence,
    interval: series.interval,
    end: series.until ? 'until' : series.count ? 'count' : 'never',
    until: series.until ?? '',
    count: series.count,
    agenda: series.agenda.map(({ title, notes }) => ({ title, notes })),
    partners: series.partners.map((p) => ({ ...p })),
    relationships: series.relationships.map((r) => ({ ...r })),
    memberIds: series.members.map((m) => m.id),
    people: series.people.map((p) => ({ ...p })),
  };
}

/** The POST /meeting-series body: the end that was chosen, the other one null; blank agenda rows left out. */
export function seriesBody(input: SeriesInput) {
  const startsAt = toInstant(input.localTime, input.timeZone);
  return {
    subject: input.subject.trim(),
    location: input.location.trim(),
    kind: input.kind,
    // An unreadable time is sent as typed, so the server names the field.
    startsAt: startsAt ?? input.localTime,
    timeZone: input.timeZone,
    durationMinutes: input.durationMinutes,
    recurrence: input.recurrence,
    interval: input.interval,
    until: input.end === 'until' ? input.until || null : null,
    count: input.end === 'count' ? input.count : null,
    agenda: agendaBody(input.agenda).map(({ title, notes }) => ({ title, notes })),
    partnerIds: input.partners.map((p) => p.id),
    relationshipIds: input.relationships.map((r) => r.id),
    memberIds: input.memberIds,
    personIds: input.people.map((p) => p.id),
  };
}

type Body = ReturnType<typeof seriesBody>;

/** The PATCH body: only what the edit changed, so untouched parts of the schedule are not sent again. */
export function seriesPatch(before: SeriesInput, after: SeriesInput): Partial<Body> {
  const was = seriesBody(before);
  const now = seriesBody(after);
  return Object.fromEntries(
    (Object.keys(now) as (keyof Body)[])
      .filter((key) => JSON.stringify(now[key]) !== JSON.stringify(was[key]))
      .map((key) => [key, now[key]]),
  ) as Partial<Body>;
}

/**
 * Server error paths back to form fields: agenda rows to the rows shown, `startsAt` to the time, a missing end to its
 * input.
 */
export function seriesFormPath(input: SeriesInput): (path: string) => string {
  const agenda = kept(input.agenda, (r) => r.title.trim() !== '' || r.notes.trim() !== '').index;
  return (path) => {
    if (path === 'startsAt') return 'localTime';
    const match = /^agenda\.(\d+)(.*)$/.exec(path);
    const original = match ? agenda[Number(match[1])] : undefined;
    return match && original !== undefined ? `agenda.${original}${match[2]}` : path;
  };
}

/** The end input left empty although that end was chosen (checked before sending), or null. */
export function missingEnd(input: SeriesInput): 'until' | 'count' | null {
  if (input.end === 'until' && !input.until) return 'until';
  if (input.end === 'count' && !input.count) return 'count';
  return null;
}
