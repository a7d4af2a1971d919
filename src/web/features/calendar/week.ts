import type { Locale } from '../../api/index.js';
import { addDays } from '../../shared/index.js';

/** ISO weekday numbers, as Intl's week info uses them: 1 Monday … 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WeekInfo {
  firstDay: Weekday;
  weekend: Weekday[];
}

/**
 * Used where the browser does not expose Intl week info. English follows en-GB (the app's English
 * formats dates the British way), so its week starts on Monday; Iran's starts on Saturday and its
 * weekend is Friday.
 */
export const FALLBACK_WEEK: Record<Locale, WeekInfo> = {
  en: { firstDay: 1, weekend: [6, 7] },
  vi: { firstDay: 1, weekend: [6, 7] },
  ru: { firstDay: 1, weekend: [6, 7] },
  fa: { firstDay: 6, weekend: [5] },
};

type LocaleWithWeek = { getWeekInfo?: () => unknown; weekInfo?: unknown };

const isWeekday = (n: unknown): n is Weekday => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 7;

/** A locale's week from `Intl.Locale` (`getWeekInfo()` in newer engines, `weekInfo` in older ones), or null. */
export function intlWeekInfo(tag: string): WeekInfo | null {
  try {
    const locale = new Intl.Locale(tag) as unknown as LocaleWithWeek;
    const info = (typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo) as
      { firstDay?: unknown; weekend?: unknown } | undefined;
    if (!info || !isWeekday(info.firstDay)) return null;
    const weekend = Array.isArray(info.weekend) ? info.weekend.filter(isWeekday) : [];
    return { firstDay: info.firstDay, weekend };
  } catch {
    return null;
  }
}

/** The ISO weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(day: string): Weekday {
  const sunday0 = new Date(`${day}T00:00:00Z`).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as Weekday;
}

/** The first day of the week that holds `day`, for weeks starting on `firstDay`. */
export function startOfWeek(day: string, firstDay: Weekday): string {
  return addDays(day, -((weekdayOf(day) - firstDay + 7) % 7));
}

/** The seven days of the week that holds `day`. */
export function weekDays(day: string, firstDay: Weekday): string[] {
  const start = startOfWeek(day, firstDay);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}
