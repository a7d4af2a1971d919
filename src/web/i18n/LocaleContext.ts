import { createContext, useContext } from 'react';
import type { Locale } from '../api/index.js';

export interface LocaleContextValue {
  locale: Locale;
  /** Time zone for showing times: the user's once signed in. */
  timeZone: string | undefined;
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleContextValue>({
  locale: 'en',
  timeZone: undefined,
  setLocale: () => undefined,
});

/** The current language, time zone and the way to change the language. */
export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}
