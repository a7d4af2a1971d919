import type { MouseEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import './a11y.css';

/** The id of the page's main area, the skip link's target. */
export const MAIN_ID = 'main';

/**
 * "Skip to content": the first thing Tab reaches on every page, out of sight until focused. It moves
 * focus to the main area (which needs `tabIndex={-1}`), so the next Tab goes into the page itself.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    // Focus rather than the URL's hash: the router would take "#main" for a new location.
    event.preventDefault();
    main.focus();
    main.scrollIntoView({ block: 'start' });
  };
  return (
    <a href={`#${MAIN_ID}`} className="skip-link" onClick={skip} data-testid="skip-link">
      <FormattedMessage id="a11y.skipToContent" />
    </a>
  );
}
