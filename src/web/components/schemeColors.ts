// Colours that read in both the light and the dark theme. A fixed shade chosen for white paper
// (blue 8 text, a gray 0 panel) turns unreadable on the dark one: each value here is CSS
// `light-dark()` over Mantine's palette variables, resolved by the page's colour scheme (Mantine
// sets `color-scheme` on the root to match).

/**
 * Text in a theme colour on the page: the theme resolves `--mantine-color-<colour>-text` to a
 * shade that reads at AA in each scheme (app/theme), so this is the same as Mantine's `c="red"`.
 */
export function schemeText(color: string): string {
  return `var(--mantine-color-${color}-text)`;
}

/** Text one step quieter than the body's, still easy to read (an interaction's summary). */
export const SOFT_TEXT = 'light-dark(var(--mantine-color-dark-4), var(--mantine-color-dark-1))';

/** A quiet panel set apart from the page: a board column, a table's group heading. */
export const SUBTLE_SURFACE = 'light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-6))';

/** The page behind the cards of the signed-out screens. */
export const PAGE_SURFACE = 'light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))';

/** A thin line of a chart (an axis, a grid). */
export const CHART_LINE = 'light-dark(var(--mantine-color-gray-4), var(--mantine-color-dark-3))';

/**
 * A highlighted panel (an unread notification, what is coming up): the lightest tint in the light
 * scheme, on which dimmed text and links still read at AA (Mantine's `blue-light` is a shade too dark).
 */
export const TINT_SURFACE = 'light-dark(var(--mantine-color-blue-0), var(--mantine-color-blue-light))';
