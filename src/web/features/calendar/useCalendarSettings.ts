import { useMemo } from 'react';
import { calendarOf, dateTimeFormat, directionOf, intlTag, useLocale } from '../../i18n/index.js';
import { FALLBACK_WEEK, intlWeekInfo, weekdayOf } from './week.js';

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * How the calendar looks in the user's language: which calendar (Solar Hijri in Persian), which day
 * starts the week and which are the weekend, the time zone days are counted in, and the labels, all
 * from Intl (month names, weekday names, digits).
 */
export function useCalendarSettings(fallbackZone: string) {
  const { locale, timeZone } = useLocale();
  return useMemo(() => {
    const week = intlWeekInfo(intlTag(locale)) ?? FALLBACK_WEEK[locale];
    // Days are dates, not instants: format them at noon UTC so no zone moves them.
    const utc = (options: Intl.DateTimeFormatOptions) => dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    const monthYear = utc({ month: 'long', year: 'numeric' });
    const weekday = utc({ weekday: 'short' });
    const dayNumber = utc({ day: 'numeric' });
    const dayMonth = utc({ day: 'numeric', month: 'short' });
    const fullDay = utc({ dateStyle: 'full' });
    const range = utc({ day: 'numeric', month: 'long', year: 'numeric' });
    const hour = utc({ hour: 'numeric', minute: '2-digit' });
    const zone = timeZone ?? fallbackZone;
    const time = dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone });
    return {
      locale,
      calendar: calendarOf(locale),
      week,
      isWeekend: (day: string) => week.weekend.includes(weekdayOf(day)),
      timeZone: zone,
      rtl: directionOf(locale) === 'rtl',
      format: {
        monthYear: (day: string) => monthYear.format(noon(day)),
        weekday: (day: string) => weekday.format(noon(day)),
        dayNumber: (day: string) => dayNumber.format(noon(day)),
        dayMonth: (day: string) => dayMonth.format(noon(day)),
        fullDay: (day: string) => fullDay.format(noon(day)),
        range: (first: string, last: string) => range.formatRange(noon(first), noon(last)),
        /** A time of day given in minutes after midnight, e.g. 540 → "09:00". */
        hour: (minutes: number) => hour.format(new Date(Date.UTC(2026, 0, 1, 0, minutes))),
        /** When a meeting starts, on the user's clock. */
        time: (instant: string) => time.format(new Date(instant)),
        /** From when to when, as the locale writes a range ("09:00–10:00", "۹:۰۰ تا ۱۰:۰۰"). */
        timeRange: (start: string, end: string) => time.formatRange(new Date(start), new Date(end)),
      },
    };
  }, [locale, timeZone, fallbackZone]);
}

export type CalendarSettings = ReturnType<typeof useCalendarSettings>;
