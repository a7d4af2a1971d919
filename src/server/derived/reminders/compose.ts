import type { Locale } from '../../platform/db/index.js';
import { renderEmail, type Block, type RenderedEmail } from '../../platform/email/index.js';
import { REMINDER_STRINGS } from './messages.js';

/** The pieces a reminder email is made of: the blocks of the shared email layout (platform/email). */
export type { Block };
export type Rendered = RenderedEmail;
export type Footer = { workspaceName: string; unsubscribeUrl: string; settingsUrl: string };

/** A reminder email in the shared layout, with the footer that says why it came and how to stop it. */
export function composeEmail(locale: Locale, subject: string, blocks: Block[], footer: Footer): Rendered {
  const t = REMINDER_STRINGS[locale];
  return renderEmail(locale, subject, blocks, {
    text: t.footer(footer.workspaceName),
    links: [
      { label: t.unsubscribe, url: footer.unsubscribeUrl },
      { label: t.settings, url: footer.settingsUrl },
    ],
  });
}
