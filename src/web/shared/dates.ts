import { toLocalInput } from './zonedTime.js';

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

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
