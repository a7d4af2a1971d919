import { darken, lighten, luminance } from '@mantine/core';

/** WCAG 2.1 AA for normal text; the theme aims a little above it so rounding never lands below. */
export const AA = 4.5;
const TARGET = 4.6;

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/**
 * The colour itself if it reads at AA on every one of the backgrounds, otherwise the nearest
 * darker (on light backgrounds) or lighter (on dark ones) colour that does. So a palette keeps
 * its look and only the shades that fall short move.
 */
export function readable(color: string, backgrounds: readonly string[], target = TARGET): string {
  const onDark = backgrounds.every((background) => luminance(background) < 0.2);
  const shift = onDark ? lighten : darken;
  for (let step = 0; step <= 20; step += 1) {
    const candidate = step === 0 ? color : shift(color, step * 0.05);
    if (backgrounds.every((background) => contrast(candidate, background) >= target)) return candidate;
  }
  return onDark ? '#ffffff' : '#000000';
}
