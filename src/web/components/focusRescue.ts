import { useEffect } from 'react';

/**
 * What opens over the page and takes focus for a while: dialogs, menus, the toasts. Mantine's
 * own return of focus misses those that are unmounted rather than closed (most dialogs here are
 * rendered only while open), that were opened from a menu item gone since, or by a shortcut.
 */
export const LAYER = '[aria-modal="true"], [role="menu"], .mantine-Notifications-root';

const inLayer = (element: Element) => Boolean(element.closest(LAYER));

/**
 * Puts focus back where it was before a dialog, menu or toast took it, when that layer goes away
 * with the focus inside it (the focus would otherwise fall to the document's body and the next
 * Tab start from the top). Mounted once, in the signed-in frame.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    // The last element focused outside every layer: where focus goes back to.
    let home: HTMLElement | null = null;
    // The last element focused at all, and whether it was in a layer.
    let last: HTMLElement | null = null;
    let lastInLayer = false;
    let pending = 0;

    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      last = event.target;
      lastInLayer = inLayer(last);
      if (!lastInLayer) home = last;
    };
    const rescue = () => {
      pending = 0;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      if (!last || last.isConnected || !lastInLayer) return;
      if (!home?.isConnected || home.closest('[inert], [aria-hidden="true"]')) return;
      home.focus({ preventScroll: true });
    };
    // After the DOM changes settle: the layer's own return of focus (Mantine waits 10 ms) goes first.
    const observer = new MutationObserver(() => {
      if (!pending) pending = window.setTimeout(rescue, 20);
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
      window.clearTimeout(pending);
    };
  }, []);
}
