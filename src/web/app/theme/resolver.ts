import { darken, defaultCssVariablesResolver, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';
import { readable } from './contrast.js';

type Variables = Record<string, string>;

/** Where text in each scheme is read: the page, papers and striped or hovered rows, inputs. */
function surfaces(theme: MantineTheme) {
  const { gray, dark } = theme.colors;
  return {
    light: [theme.white, gray[0], gray[1]] as string[],
    dark: [dark[7], dark[6], dark[8]] as string[],
  };
}

/** Mantine's per-colour variables (filled, light, outline, text) moved to shades that read at AA. */
function colourVariables(theme: MantineTheme, name: string, on: ReturnType<typeof surfaces>) {
  const shades = theme.colors[name] as readonly string[];
  const at = (index: number) => shades[index] as string;
  const lightFilled = readable(at(6), [theme.white]);
  const darkFilled = readable(at(8), [theme.white]);
  const light: Variables = {
    [`--mantine-color-${name}-filled`]: lightFilled,
    [`--mantine-color-${name}-filled-hover`]: darken(lightFilled, 0.1),
    [`--mantine-color-${name}-text`]: readable(at(7), on.light),
    [`--mantine-color-${name}-light-color`]: readable(at(9), [at(1), at(2)]),
    [`--mantine-color-${name}-outline`]: readable(at(7), on.light),
  };
  const darkBackground = darken(at(9), 0.5);
  const dark: Variables = {
    [`--mantine-color-${name}-filled`]: darkFilled,
    [`--mantine-color-${name}-filled-hover`]: darken(darkFilled, 0.1),
    [`--mantine-color-${name}-text`]: readable(at(4), on.dark),
    [`--mantine-color-${name}-light-color`]: readable(at(0), [darkBackground, darken(at(9), 0.3)]),
    [`--mantine-color-${name}-outline`]: readable(at(4), on.dark),
  };
  return { light, dark };
}

/**
 * Mantine's defaults put dimmed grey, filled blue and red, links and badge text below WCAG AA
 * (3.3:1 to 4.3:1). The theme keeps Mantine's palettes and resolves each variable text is drawn
 * with to the nearest shade that reads at 4.5:1 on the surfaces it sits on, in both schemes.
 */
export const accessibleVariables: CSSVariablesResolver = (theme) => {
  const base = defaultCssVariablesResolver(theme);
  const on = surfaces(theme);
  const light: Variables = { ...base.light };
  const dark: Variables = { ...base.dark };
  for (const name of Object.keys(theme.colors)) {
    if (name === 'dark') continue;
    const colour = colourVariables(theme, name, on);
    Object.assign(light, colour.light);
    Object.assign(dark, colour.dark);
  }
  const { gray, red, teal } = theme.colors;
  const primary = theme.primaryColor;
  Object.assign(light, {
    '--mantine-color-dimmed': readable(gray[6] as string, on.light),
    '--mantine-color-placeholder': readable(gray[6] as string, [theme.white]),
    '--mantine-color-anchor': light[`--mantine-color-${primary}-text`],
    '--mantine-color-error': light['--mantine-color-red-text'],
    '--mantine-color-success': readable(teal[8] as string, on.light),
  });
  Object.assign(dark, {
    '--mantine-color-dimmed': readable(theme.colors.dark[2] as string, on.dark),
    '--mantine-color-placeholder': readable(theme.colors.dark[2] as string, [theme.colors.dark[6] as string]),
    '--mantine-color-anchor': dark[`--mantine-color-${primary}-text`],
    '--mantine-color-error': readable(red[6] as string, on.dark),
    '--mantine-color-success': readable(teal[6] as string, on.dark),
  });
  return { variables: base.variables, light, dark };
};
