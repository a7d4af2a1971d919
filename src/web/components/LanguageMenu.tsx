import { ActionIcon, Button, Menu } from '@mantine/core';
import { useIntl } from 'react-intl';
import { LOCALES, useLocale } from '../i18n/index.js';
import { LineIcon } from './LineIcon.js';

const globe = (
  <LineIcon>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
  </LineIcon>
);

/**
 * Lets the user pick the language; each name is written in its own language. `compact` (a phone's
 * header) shows a globe instead of the current language's name.
 */
export function LanguageMenu({ compact = false }: { compact?: boolean }) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const label = intl.formatMessage({ id: 'language.menu' });
  const current = intl.formatMessage({ id: `language.${locale}` });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {compact ? (
          <ActionIcon variant="subtle" size="lg" aria-label={label} data-testid="language-menu">
            {globe}
          </ActionIcon>
        ) : (
          // The name starts with the language shown (WCAG 2.5.3) and says what the button is for.
          <Button variant="subtle" size="compact-sm" aria-label={`${current}, ${label}`} data-testid="language-menu">
            {current}
          </Button>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{intl.formatMessage({ id: 'language.menu' })}</Menu.Label>
        {LOCALES.map((item) => (
          <Menu.Item
            key={item}
            lang={item}
            dir={item === 'fa' ? 'rtl' : 'ltr'}
            data-testid={`language-${item}`}
            onClick={() => setLocale(item)}
            fw={item === locale ? 700 : undefined}
          >
            {intl.formatMessage({ id: `language.${item}` })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
