import { DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { AA, accessibleVariables, contrast, readable, theme } from './index.js';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const resolved = accessibleVariables(full) as { light: Record<string, string>; dark: Record<string, string> };
const { white, colors } = full;
const names = Object.keys(colors).filter((name) => name !== 'dark');
const lightSurfaces = [white, colors.gray[0], colors.gray[1]];
const darkSurfaces = [colors.dark[7], colors.dark[6], colors.dark[8]];

const minimum = (color: string, backgrounds: string[]) => Math.min(...backgrounds.map((b) => contrast(color, b)));

describe('contrast', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // Mantine's dimmed grey on white, as axe measured it.
    expect(contrast('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
  });

  it('keeps a colour that already reads, and moves one that does not only as far as needed', () => {
    expect(readable('#212529', [white])).toBe('#212529');
    const moved = readable('#228be6', [white]);
    expect(contrast(moved, white)).toBeGreaterThanOrEqual(AA);
    expect(contrast(moved, white)).toBeLessThan(6);
    const lifted = readable('#1864ab', [colors.dark[7]]);
    expect(contrast(lifted, colors.dark[7])).toBeGreaterThanOrEqual(AA);
  });
});

describe('the theme’s colour variables', () => {
  it('fixes what Mantine’s defaults leave below AA', () => {
    const defaults = defaultCssVariablesResolver(full);
    expect(contrast(colors.blue[6], white)).toBeLessThan(AA);
    expect(defaults.light['--mantine-color-blue-filled']).toBe('var(--mantine-color-blue-6)');
    expect(resolved.light['--mantine-color-blue-filled']).not.toBe(defaults.light['--mantine-color-blue-filled']);
  });

  it.each(names)('%s reads at AA in the light scheme: text, links, outline, filled and light badges', (name) => {
    const v = resolved.light;
    expect(minimum(v[`--mantine-color-${name}-text`] as string, lightSurfaces)).toBeGreaterThanOrEqual(AA);
    expect(minimum(v[`--mantine-color-${name}-outline`] as string, lightSurfaces)).toBeGreaterThanOrEqual(AA);
    expect(contrast(v[`--mantine-color-${name}-filled`] as string, white)).toBeGreaterThanOrEqual(AA);
    expect(
      minimum(v[`--mantine-color-${name}-light-color`] as string, [colors[name]![1]!, colors[name]![2]!]),
    ).toBeGreaterThanOrEqual(AA);
  });

  it.each(names)('%s reads at AA in the dark scheme', (name) => {
    const v = resolved.dark;
    expect(minimum(v[`--mantine-color-${name}-text`] as string, darkSurfaces)).toBeGreaterThanOrEqual(AA);
    expect(minimum(v[`--mantine-color-${name}-outline`] as string, darkSurfaces)).toBeGreaterThanOrEqual(AA);
    expect(contrast(v[`--mantine-color-${name}-filled`] as string, white)).toBeGreaterThanOrEqual(AA);
  });

  it('draws dimmed text, placeholders, links and errors at AA in both schemes', () => {
    for (const key of ['--mantine-color-dimmed', '--mantine-color-anchor', '--mantine-color-error']) {
      expect(minimum(resolved.light[key] as string, lightSurfaces), key).toBeGreaterThanOrEqual(AA);
      expect(minimum(resolved.dark[key] as string, darkSurfaces), key).toBeGreaterThanOrEqual(AA);
    }
    expect(contrast(resolved.light['--mantine-color-placeholder'] as string, white)).toBeGreaterThanOrEqual(AA);
  });
});
