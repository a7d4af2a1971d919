import { addDays } from './dates.js';

/** The calendars the app shows months in: Gregorian, and Solar Hijri for Persian. */
export type CalendarSystem = 'gregory' | 'persian';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const readers = new Map<CalendarSystem, Intl.DateTimeFormat>();

function reader(calendar: CalendarSystem): Intl.DateTimeFormat {
  let format = readers.get(calendar);
  if (!format) {
    // Latin digits, so the parts read as numbers; the calendar decides the year, month and day.
    const tag = calendar === 'persian' ? 'fa-IR-u-ca-persian-nu-latn' : 'en-GB-u-ca-gregory-nu-latn';
    format = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    readers.set(calendar, format);
  }
  return format;
}

/** A `YYYY-MM-DD` (Gregorian) day as year, month and day of a calendar, e.g. 2026-03-21 → 1405/1/1 in Persian. */
export function datePartsIn(day: string, calendar: CalendarSystem): CalendarDate {
  const parts = reader(calendar).formatToParts(new Date(`${day}T00:00:00Z`));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day') };
}

export interface MonthRange {
  /** The first and last day of the month (Gregorian `YYYY-MM-DD`). */
  first: string;
  last: string;
}

/** The month of `calendar` that holds `day`: the days from its 1st to its last. */
export function monthOf(day: string, calendar: CalendarSystem): MonthRange {
  const first = addDays(day, 1 - datePartsIn(day, calendar).day);
  // Every month of both calendars has 28 to 31 days: find where the next one begins.
  let next = addDays(first, 28);
  while (datePartsIn(next, calendar).day !== 1) next = addDays(next, 1);
  return { first, last: addDays(next, -1) };
}

/** A day in the month `delta` months before (negative) or after `day`'s month: its first day. */
export function shiftMonth(day: string, calendar: CalendarSystem, delta: number): string {
  let { first } = monthOf(day, calendar);
  for (let i = 0; i < Math.abs(delta); i += 1) {
    first = delta < 0 ? monthOf(addDays(first, -1), calendar).first : addDays(monthOf(first, calendar).last, 1);
  }
  return first;
}
