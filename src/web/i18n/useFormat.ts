import { useMemo } from 'react';
import { formatDate, formatDateTime, formatNumber } from './format.js';
import { useLocale } from './LocaleContext.js';

/** Date and number formatters bound to the current language and time zone. */
export function useFormat() {
  const { locale, timeZone } = useLocale();
  return useMemo(
    () => ({
      dateTime: (value: string | Date) => formatDateTime(value, locale, timeZone),
      date: (value: string | Date) => formatDate(value, locale, timeZone),
      number: (value: number) => formatNumber(value, locale),
    }),
    [locale, timeZone],
  );
}
