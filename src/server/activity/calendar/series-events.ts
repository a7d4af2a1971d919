import ICAL from 'ical.js';
import type { Selectable } from 'kysely';
import type { MeetingSeriesTable } from '../../platform/db/index.js';
import { instantOf, localTimeOf } from '../../platform/core/index.js';
import { occurrencesBetween, scheduleOf, type Schedule } from '../interactions/index.js';
import type { MeetingEvent } from './calendar.repository.js';
import type { CalendarEvent } from './ics.js';

type Series = Selectable<MeetingSeriesTable>;

/** One series as a calendar sees it: the series and the live occurrences this calendar holds. */
export type SeriesInCalendar = {
  series: Series;
  occurrences: MeetingEvent[];
};

const DAY = 86_400_000;
/**
 * An endless series is described by a VTIMEZONE this far ahead: programs that trust the VTIMEZONE
 * over their own zone data place occurrences right for five years.
 */
const OPEN_END_DAYS = 5 * 366;
/** Monthly and quarterly series on the 29th–31st fall on a short month's last day (recurrence.ts). */
const SHORT_MONTH_DAY = 28;

/**
 * The RRULE of a schedule whose event starts at its occurrence number `skipped` (the COUNT left),
 * or that ends at `last` (a stopped series).
 */
function ruleOf(schedule: Schedule, skipped: number, last: Date | null): ICAL.Recur {
  const weekly = schedule.recurrence === 'weekly';
  const interval = (schedule.recurrence === 'quarterly' ? 3 : 1) * schedule.interval;
  const day = localTimeOf(schedule.startsAt, schedule.timeZone).day;
  const parts: Record<string, number[]> = {};
  // The 31st is every month's last day, which every program reads. The 29th and 30th are the latest
  // of 28…day the month has: RFC 5545's own BYSETPOS idiom (Google, Outlook, Apple and libical read
  // it; ical.js takes BYSETPOS only together with BYDAY).
  if (!weekly && day === 31) parts.BYMONTHDAY = [-1];
  else if (!weekly && day > SHORT_MONTH_DAY) {
    parts.BYMONTHDAY = Array.from({ length: day - SHORT_MONTH_DAY + 1 }, (_, i) => SHORT_MONTH_DAY + i);
    parts.BYSETPOS = [-1];
  }
  const data: Record<string, unknown> = { freq: weekly ? 'WEEKLY' : 'MONTHLY', interval, parts };
  if (last) data.until = ICAL.Time.fromJSDate(last, true);
  else if (schedule.count !== null) data.count = schedule.count - skipped;
  else if (schedule.until !== null) {
    const [year, month, date] = schedule.until.split('-').map(Number);
    const time = localTimeOf(schedule.startsAt, schedule.timeZone);
    const end = instantOf({ ...time, year: year ?? 0, month: month ?? 0, day: date ?? 0 }, schedule.timeZone);
    data.until = ICAL.Time.fromJSDate(end, true);
  }
  return ICAL.Recur.fromData(data);
}

/**
 * What an occurrence shows, to tell one that is just the template from one edited (moved,
 * renamed, given notes…): everything but its identity and time stamps.
 */
function contentOf(event: CalendarEvent, start: Date): string {
  return JSON.stringify([
    event.occurredAt.getTime() - start.getTime(),
    event.subject,
    event.location,
    event.durationMinutes,
    event.timeZone,
    event.notesText,
    event.agenda,
    event.partners,
    event.members,
    event.people,
    event.organizer,
  ]);
}

/**
 * The series' own event: its template (subject, place, duration, agenda) with the people of an
 * untouched occurrence, the latest one ahead if any (occurrences copy the template's live people
 * when they are made), starting at `first` with the rule from there.
 */
function masterEvent(series: Series, template: MeetingEvent, starts: Date[], openEnd: Date): CalendarEvent {
  const schedule = scheduleOf(series);
  const first = starts[0] ?? series.startsAt;
  const skipped = occurrencesBetween(schedule, new Date(series.startsAt.getTime() - 1), first).length - 1;
  const ends = series.stoppedAt !== null || schedule.count !== null || schedule.until !== null;
  return {
    ...template,
    id: series.id,
    uid: `series-${series.id}@rapport`,
    path: `/w/${series.workspaceId}/calendar/series/${series.id}`,
    version: series.version,
    occurredAt: first,
    timeZone: series.timeZone,
    durationMinutes: series.durationMinutes,
    subject: series.subject,
    location: series.location,
    notesText: '',
    agenda: series.agenda.map((item) => item.title),
    createdAt: series.createdAt,
    updatedAt: series.updatedAt,
    recurrence: {
      rule: ruleOf(schedule, skipped, series.stoppedAt ? (starts.at(-1) ?? null) : null),
      exdates: [],
      lastStart: ends ? (starts.at(-1) ?? first) : openEnd,
    },
  };
}

/**
 * A series as iCalendar events: ONE event with an RRULE from its first held start at or after
 * `from`, an EXDATE for each later start up to the watermark where no occurrence is held
 * (cancelled, not this calendar's, removed), and for each occurrence that differs from the template
 * an override with the same UID and RECURRENCE-ID at its scheduled start. Occurrences off the rule
 * (held from before its schedule was changed, or restored after a stop) stay events of their own.
 * A series with nothing left to show from `from` on is its occurrences alone.
 */
export function seriesEvents(entry: SeriesInCalendar, from: Date, now: Date): CalendarEvent[] {
  const { series, occurrences } = entry;
  const openEnd = new Date(Math.max(now.getTime(), series.materializedUntil.getTime()) + OPEN_END_DAYS * DAY);
  // Occurrences exist up to the watermark; after it, only the rule says what comes.
  const held = series.stoppedAt ?? series.materializedUntil;
  const byStart = new Map(occurrences.map((o) => [o.occurrenceStart?.getTime(), o]));
  const all = occurrencesBetween(scheduleOf(series), new Date(from.getTime() - 1), series.stoppedAt ?? openEnd);
  // Starts before the first one held never had an occurrence (a series made with a past start):
  // the rule begins after them.
  const lead = all.findIndex((s) => s > held || byStart.has(s.getTime()));
  const starts = lead < 0 ? [] : all.slice(lead);
  const onRule = starts.filter((s) => s <= held);
  const untouched = onRule.flatMap((s) => {
    const o = byStart.get(s.getTime());
    return o && o.version === 1 && o.occurredAt.getTime() === s.getTime() ? [o] : [];
  });
  const template = untouched.find((o) => o.occurredAt >= now) ?? untouched.at(-1) ?? occurrences[0];
  if (!starts.length || !template) return occurrences;
  const master = masterEvent(series, template, starts, openEnd);
  const templateContent = contentOf(master, master.occurredAt);
  const events: CalendarEvent[] = [master];
  const ruled = new Set<MeetingEvent>();
  for (const start of onRule) {
    const occurrence = byStart.get(start.getTime());
    if (!occurrence) {
      master.recurrence?.exdates.push(start);
      continue;
    }
    ruled.add(occurrence);
    if (contentOf(occurrence, start) !== templateContent)
      events.push({
        ...occurrence,
        uid: master.uid,
        recurrenceId: start,
        version: Math.max(occurrence.version, series.version),
      });
  }
  return [...events, ...occurrences.filter((o) => !ruled.has(o))];
}
