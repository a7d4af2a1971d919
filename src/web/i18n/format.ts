import type { Locale } from '../api/index.js';

interface IntlSettings {
  tag: string;
  calendar?: string;
  numberingSystem?: string;
}

const SETTINGS: Record<Locale, IntlSettings> = {
  en: { tag: 'en-GB' },
  vi: { tag: 'vi-VN' },
  ru: { tag: 'ru-RU' },
  // Persian: Solar Hijri calendar and Persian (extended Arabic-Indic) digits.
  fa: { tag: 'fa-IR', calendar: 'persian', numberingSystem: 'arabext' },
};

/** The BCP 47 tag Intl uses for a locale. */
export function intlTag(locale: Locale): string {
  return SETTINGS[locale].tag;
}

function base(locale: Locale): Pick<Intl.DateTimeFormatOptions, 'calendar' | 'numberingSystem'> {
  const { calendar, numberingSystem } = SETTINGS[locale];
  return { ...(calendar ? { calendar } : {}), ...(numberingSystem ? { numberingSystem } : {}) };
}

/** The calendar a locale shows dates in: Solar Hijri for Persian, else Gregorian. */
export function calendarOf(locale: Locale): 'gregory' | 'persian' {
  return SETTINGS[locale].calendar === 'persian' ? 'persian' : 'gregory';
}

/** An Intl date formatter in the locale's calendar and digits (callers pass the time zone). */
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlTag(locale), { ...base(locale), ...options });
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function safeTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** Date and time, e.g. "15 Jan 2025, 17:00"; the input unchanged when it is not a date. */
export function formatDateTime(value: string | Date, locale: Locale, timeZone?: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(intlTag(locale), {
    ...base(locale),
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: safeTimeZone(timeZone),
  }).format(date);
}

/** A calendar date, e.g. "15 Jan 2025"; the input unchanged when it is not a date. */
export function formatDate(value: string | Date, locale: Locale, timeZone?: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(intlTag(locale), {
    ...base(locale),
    dateStyle: 'long',
    timeZone: safeTimeZone(timeZone),
  }).format(date);
}

/**
 * A calendar date stored without a time (`YYYY-MM-DD`), e.g. "15 January 2025". It is read and
 * written in UTC, so no time zone can move it to the day before.
 */
export function formatDay(value: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  return formatDate(`${value}T00:00:00Z`, locale, 'UTC');
}

/** A share such as 0.42 as "42%" with the locale's digits and sign placement (whole percents unless told). */
export function formatPercent(value: number, locale: Locale, maximumFractionDigits = 0): string {
  const { numberingSystem } = SETTINGS[locale];
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'percent',
    maximumFractionDigits,
    ...(numberingSystem ? { numberingSystem } : {}),
  }).format(value);
}

/** A number with the locale's digits and grouping. */
export function formatNumber(value: number, locale: Locale): string {
  const { numberingSystem } = SETTINGS[locale];
  return new Intl.NumberFormat(intlTag(locale), numberingSystem ? { numberingSystem } : {}).format(value);
}

/**
 * A change such as a score's contribution: "−12", "+3" or "0", with a true minus sign (U+2212) and
 * the locale's digits.
 */
export function formatSigned(value: number, locale: Locale): string {
  const { numberingSystem } = SETTINGS[locale];
  return new Intl.NumberFormat(intlTag(locale), {
    signDisplay: 'exceptZero',
    ...(numberingSystem ? { numberingSystem } : {}),
  })
    .format(value)
    .replace('-', '\u2212');
}

/** Whole minutes to wait, rounded up, from a Retry-After in seconds (at least 1). */
export function retryMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
