import {
  CalendarDate,
  CalendarDateTime,
  createCalendar,
  GregorianCalendar,
  parseDate,
  parseDateTime,
  toCalendar,
  toCalendarDate,
  toCalendarDateTime,
  type DateValue,
} from '@internationalized/date';
import type { Locale } from '../api/index.js';
import { calendarOf } from '../i18n/index.js';

// The forms keep dates as ISO strings ('YYYY-MM-DD', wall times 'YYYY-MM-DDTHH:mm'); only the date
// fields turn them into the user's calendar and back, so no form knows about Solar Hijri.

/** React Aria's locale for the app's language: its calendar and digits come from the tag. */
export function ariaLocale(locale: Locale): string {
  const tags: Record<Locale, string> = {
    en: 'en-GB',
    vi: 'vi-VN',
    ru: 'ru-RU',
    fa: 'fa-IR-u-ca-persian-nu-arabext',
  };
  return tags[locale];
}

function inCalendarOf<T extends CalendarDate | CalendarDateTime>(value: T, locale: Locale): T {
  return toCalendar(value, createCalendar(calendarOf(locale))) as T;
}

/** 'YYYY-MM-DD' as a date in the language's calendar; null when empty or not a date. */
export function isoToDate(iso: string, locale: Locale): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    return inCalendarOf(parseDate(iso), locale);
  } catch {
    return null;
  }
}

/** 'YYYY-MM-DDTHH:mm' as a wall time in the language's calendar; null when empty or not one. */
export function isoToDateTime(iso: string, locale: Locale): CalendarDateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(iso)) return null;
  try {
    return inCalendarOf(parseDateTime(iso), locale);
  } catch {
    return null;
  }
}

/** A date in any calendar as the Gregorian 'YYYY-MM-DD' the forms and the API use. */
export function dateToIso(value: DateValue | null): string {
  return value ? toCalendarDate(toCalendar(value, new GregorianCalendar())).toString() : '';
}

/** A wall time in any calendar as the Gregorian 'YYYY-MM-DDTHH:mm' the forms use. */
export function dateTimeToIso(value: DateValue | null): string {
  return value ? toCalendarDateTime(toCalendar(value, new GregorianCalendar())).toString().slice(0, 16) : '';
}
