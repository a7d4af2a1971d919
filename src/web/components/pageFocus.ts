import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { LAYER } from './focusRescue.js';

/** A form page's first field, marked by the page; else the page's heading. */
const FIELD = 'main [data-autofocus]';
const HEADING = 'main h1';
/** A spinner in the main area: the page's content, and maybe its form, is still coming. */
const LOADING = 'main [data-page-loading]';
/** How long a page may take to show its content before focus is left where it is. */
const PATIENCE_MS = 10_000;

function focusable(element: HTMLElement | null): element is HTMLElement {
  return Boolean(element?.isConnected && !element.closest('[inert], [aria-hidden="true"]'));
}

/** Whether a dialog, a menu or a toast holds the focus: a page opening behind must not take it away. */
function inLayer(): boolean {
  return Boolean(document.activeElement?.closest(LAYER));
}

/**
 * Moves focus into a page that has just opened: its first field (`data-autofocus`), else, unless
 * `fieldOnly`, its heading (`tabIndex={-1}` added). Waits while the page is still loading; gives up
 * when the user presses a key or clicks first, or after a while. Returns the cancel function.
 */
function focusPageWhenReady(fieldOnly: boolean): () => void {
  let done = false;
  const attempt = () => {
    if (done) return;
    if (inLayer()) return stop();
    const field = document.querySelector<HTMLElement>(FIELD);
    if (focusable(field)) {
      field.focus();
      return stop();
    }
    if (document.querySelector(LOADING)) return;
    const heading = document.querySelector<HTMLElement>(HEADING);
    if (!focusable(heading)) return;
    // Focusable by script (and by a screen reader's heading jump), never a Tab stop.
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    // Without a field to start in, the frame's first page leaves focus at the document's start.
    if (!fieldOnly) heading.focus();
    stop();
  };
  const observer = new MutationObserver(attempt);
  const timer = window.setTimeout(() => stop(), PATIENCE_MS);
  const events = ['keydown', 'pointerdown'] as const;
  function stop() {
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
    for (const name of events) document.removeEventListener(name, stop, true);
  }
  for (const name of events) document.addEventListener(name, stop, true);
  observer.observe(document.body, { childList: true, subtree: true });
  attempt();
  return stop;
}

/**
 * Focus when a page opens, for the whole app in one place: on every change of path (not of the
 * query, so typing in a list's filter keeps its focus) focus goes to the new page's first field or
 * its heading, where a screen reader then starts reading. The frame's first page, just loaded or
 * reached by signing in, only focuses a first field: elsewhere focus stays at the document's start,
 * so the first Tab reaches the skip link.
 */
export function usePageFocus(): void {
  const { pathname } = useLocation();
  const shown = useRef<{ path: string; first: boolean } | null>(null);
  useEffect(() => {
    // Compared, not just set: React's strict mode runs this twice for one path.
    if (shown.current?.path !== pathname) shown.current = { path: pathname, first: shown.current === null };
    return focusPageWhenReady(shown.current.first);
  }, [pathname]);
}
