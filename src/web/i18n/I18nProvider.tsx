import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import type { Locale } from '../api/index.js';
import { intlTag } from './format.js';
import { directionOf } from './locales.js';
import { MESSAGES } from './messages.js';

interface Props {
  locale: Locale;
  children: ReactNode;
}

/** Provides translations and keeps <html lang dir> in step with the language. */
export function I18nProvider({ locale, children }: Props) {
  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute('lang', locale);
    // Mantine's DirectionProvider watches this attribute and follows it.
    root.setAttribute('dir', directionOf(locale));
    document.title = MESSAGES[locale]['app.name'] ?? 'Rapport';
  }, [locale]);

  return (
    <IntlProvider locale={intlTag(locale)} messages={MESSAGES[locale]} defaultLocale="en-GB">
      {children}
    </IntlProvider>
  );
}
