import { toLocalInput } from '../interactions/zonedTime.js';

/** Today (`YYYY-MM-DD`) on the calendar of a time zone. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  try {
    return toLocalInput(now, timeZone ?? 'UTC').slice(0, 10);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** A `YYYY-MM-DD` date moved by whole days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
