import type { Recurrence } from '../../platform/db/index.js';
import { dateOf, instantOf, localTimeOf, type LocalTime } from '../../platform/core/index.js';

export { dateOf, instantOf, localTimeOf, type LocalTime };

export type Schedule = {
  recurrence: Recurrence;
  interval: number;
  startsAt: Date;
  timeZone: string;
  /** Last local date an occurrence may fall on (inclusive). */
  until: string | null;
  /** How many occurrences the series has in all, counting from startsAt. */
  count: number | null;
};

/** The local date and time of the n-th occurrence (0 is the first), before it is placed in time. */
export function nthLocalTime(schedule: Schedule, n: number): LocalTime {
  const start = localTimeOf(schedule.startsAt, schedule.timeZone);
  if (schedule.recurrence === 'weekly') {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + 7 * schedule.interval * n));
    return { ...start, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const months = (schedule.recurrence === 'monthly' ? 1 : 3) * schedule.interval * n;
  const index = start.month - 1 + months;
  const year = start.year + Math.floor(index / 12);
  const month = (index % 12) + 1;
  // Always from the first date, never from the previous occurrence: the 31st is the 30th in April
  // and the 31st again in May.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { ...start, year, month, day: Math.min(start.day, lastDay) };
}

const MAX_OCCURRENCES = 100_000;

/**
 * Scheduled starts of the occurrences after `after` (exclusive) up to `through` (inclusive), at
 * the same local time of day in the series' time zone whatever daylight saving does.
 */
export function occurrencesBetween(schedule: Schedule, after: Date, through: Date, max = MAX_OCCURRENCES): Date[] {
  const starts: Date[] = [];
  for (let n = 0; n < MAX_OCCURRENCES && starts.length < max; n++) {
    if (schedule.count !== null && n >= schedule.count) break;
    const local = nthLocalTime(schedule, n);
    if (schedule.until !== null && dateOf(local) > schedule.until) break;
    const start = instantOf(local, schedule.timeZone);
    if (start > through) break;
    if (start > after) starts.push(start);
  }
  return starts;
}
