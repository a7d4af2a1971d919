/** The letter that opens "log interaction" from anywhere. */
export const QUICK_LOG_KEY = 'L';

interface KeyLike {
  key: string;
  code?: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
}

type ElementLike = { tagName?: string; isContentEditable?: boolean; closest?: (selector: string) => unknown };

const TYPING =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]';

/** Whether the key press happened where the user types (so the letter is text, not a shortcut). */
function typing(target: EventTarget | null): boolean {
  const element = target as ElementLike | null;
  if (!element || typeof element !== 'object') return false;
  if (element.isContentEditable) return true;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName ?? '')) return true;
  return typeof element.closest === 'function' && Boolean(element.closest(TYPING));
}

/**
 * Whether a key press is the quick-log shortcut: L without Ctrl, Alt or Meta, outside text fields.
 * The physical key counts too, so it works with a Russian or Persian keyboard layout.
 */
export function isQuickLogKey(event: KeyLike): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || event.defaultPrevented) return false;
  if (event.key.toUpperCase() !== QUICK_LOG_KEY && event.code !== `Key${QUICK_LOG_KEY}`) return false;
  return !typing(event.target);
}

export type PageContext = { type: 'partner' | 'relationship' | 'interaction'; id: string } | null;

const PAGE =
  /^\/w\/[^/]+\/(partners|relationships|interactions)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/i;
const TYPES = { partners: 'partner', relationships: 'relationship', interactions: 'interaction' } as const;

/** The partner, relationship or interaction whose page is open, to fill in the form from. */
export function pageContext(pathname: string): PageContext {
  const match = PAGE.exec(pathname);
  if (!match) return null;
  return { type: TYPES[match[1] as keyof typeof TYPES], id: (match[2] as string).toLowerCase() };
}
