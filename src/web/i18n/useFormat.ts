import { useMemo } from 'react';
import { formatDate, formatDateTime, formatDay, formatNumber, formatPercent, formatSigned } from './format.js';
import { useLocale } from './LocaleContext.js';

/** Date and number formatters bound to the current language and time zone. */
export function useFormat() {
  const { locale, timeZone } = useLocale();
  return useMemo(
    () => ({
      dateTime: (value: string | Date) => formatDateTime(value, locale, timeZone),
      date: (value: string | Date) => formatDate(value, locale, timeZone),
      /** A `YYYY-MM-DD` date, the same day in every time zone. */
      day: (value: string) => formatDay(value, locale),
      number: (value: number) => formatNumber(value, locale),
      percent: (value: number, maximumFractionDigits?: number) => formatPercent(value, locale, maximumFractionDigits),
      /** A change with its sign: "−12", "+3", "0". */
      signed: (value: number) => formatSigned(value, locale),
    }),
    [locale, timeZone],
  );
}
