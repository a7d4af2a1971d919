import { Button, Menu } from '@mantine/core';
import { useIntl } from 'react-intl';
import { LOCALES, useLocale } from '../i18n/index.js';

/** Lets the user pick the language; each name is written in its own language. */
export function LanguageMenu() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={intl.formatMessage({ id: 'language.menu' })}
          data-testid="language-menu"
        >
          {intl.formatMessage({ id: `language.${locale}` })}
        </Button>
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
