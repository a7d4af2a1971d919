import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { COLOR_SCHEMES, type ColorScheme } from '../../shared/values/appearance.js';
import { LineIcon } from './LineIcon.js';

const ICONS: Record<ColorScheme, ReactNode> = {
  // A screen: whatever the device is set to.
  system: (
    <LineIcon>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </LineIcon>
  ),
  light: (
    <LineIcon>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </LineIcon>
  ),
  dark: (
    <LineIcon>
      <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" />
    </LineIcon>
  ),
};

/** The account's word for a scheme in Mantine's: "system" is Mantine's "auto". */
export function mantineColorScheme(scheme: ColorScheme): MantineColorScheme {
  return scheme === 'system' ? 'auto' : scheme;
}

function fromMantine(scheme: MantineColorScheme): ColorScheme {
  return scheme === 'auto' ? 'system' : scheme;
}

/**
 * What choosing a scheme does beyond showing it. The app provides one that also saves the choice to
 * the signed-in account; without it (signed out) the choice stays on this device, in local storage.
 */
export const ColorSchemeChoiceContext = createContext<((scheme: ColorScheme) => void) | null>(null);

/**
 * Lets the user choose how the app looks: as the system is set, light or dark. The button shows
 * the current choice's icon and is named with it ("Theme: Dark"), so it can be asked for by name.
 */
export function ThemeMenu() {
  const intl = useIntl();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const choose = useContext(ColorSchemeChoiceContext);
  const current = fromMantine(colorScheme);
  const name = (scheme: ColorScheme) => intl.formatMessage({ id: `theme.${scheme}` });
  const label = intl.formatMessage({ id: 'theme.button' }, { scheme: name(current) });
  const pick = (value: string) => {
    const next = COLOR_SCHEMES.find((scheme) => scheme === value);
    if (!next) return;
    if (choose) choose(next);
    else setColorScheme(mantineColorScheme(next));
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={label} title={label} data-testid="theme-menu">
          {ICONS[current]}
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{intl.formatMessage({ id: 'theme.menu' })}</Menu.Label>
        <Menu.RadioGroup value={current} onChange={pick}>
          {COLOR_SCHEMES.map((scheme) => (
            <Menu.RadioItem key={scheme} value={scheme} closeMenuOnClick data-testid={`theme-${scheme}`}>
              {name(scheme)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
