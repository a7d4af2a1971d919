import type { Locale } from '../../platform/db/index.js';

/** A calendar date (YYYY-MM-DD) as the reader writes it; Persian gets the Solar Hijri calendar, as in the app. */
export function formatDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A moment as the reader's clock shows it. */
export function formatTime(locale: Locale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(at);
}

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Picks the plural form the language needs for n (Russian has three); `#` becomes the number. */
export function plural(
  locale: Locale,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return form.replace('#', formatNumber(locale, n));
}
