/**
 * How a user wants the app to look: follow the system's light or dark setting, or always light, or
 * always dark. Saved per user; the server checks it, the web offers it in the header's theme menu.
 */
export const COLOR_SCHEMES = ['system', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];
