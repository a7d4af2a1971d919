import { Badge, Menu, createTheme } from '@mantine/core';

export { accessibleVariables } from './resolver.js';
export { AA, contrast, readable } from './contrast.js';

/** The app's look: system fonts, Mantine's palettes (drawn at AA by `accessibleVariables`). */
export const theme = createTheme({
  primaryColor: 'blue',
  // System fonts only: nothing is fetched from the internet.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, "DejaVu Sans", sans-serif',
  // "Reduce motion" in the system settings turns Mantine's transitions off (and global.css the rest).
  respectReducedMotion: true,
  components: {
    // Mantine's menu puts a focusable placeholder with role="presentation" first in the list, which
    // axe reports as a critical fault of the menu role; without it focus goes to the first item,
    // as the WAI-ARIA menu pattern has it.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    // Mantine cuts a badge's label with an ellipsis at one line. Kinds, tags and stages in
    // Vietnamese or Russian are often longer than a narrow column: wrap between words instead,
    // and break inside a word only when a single word is wider than the room there is.
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
        label: {
          whiteSpace: 'normal',
          overflow: 'visible',
          textOverflow: 'clip',
          overflowWrap: 'break-word',
          lineHeight: 1.35,
        },
      },
    }),
  },
});
