import type { Locale } from '../../platform/db/index.js';
import { escapeHtml, htmlDocument, htmlLink } from './format.js';
import { REMINDER_STRINGS } from './messages.js';

/** The pieces a reminder email is made of; each renders to the plain-text part and the HTML part alike. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h'; text: string }
  | { kind: 'list'; items: { text: string; url?: string }[] }
  | { kind: 'link'; label: string; url: string };

export type Rendered = { subject: string; text: string; html: string };
export type Footer = { workspaceName: string; unsubscribeUrl: string; settingsUrl: string };

function blockText(block: Block): string {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'h':
      return `${block.text}\n${'-'.repeat(Math.min(block.text.length, 40))}`;
    case 'list':
      return block.items.map((item) => (item.url ? `• ${item.text}\n  ${item.url}` : `• ${item.text}`)).join('\n');
    case 'link':
      return `${block.label}: ${block.url}`;
  }
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'p':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'h':
      return `<h2 style="font-size: 16px; margin: 24px 0 8px;">${escapeHtml(block.text)}</h2>`;
    case 'list':
      return `<ul style="padding-inline-start: 20px;">${block.items.map((item) => `<li>${item.url ? htmlLink(item.url, item.text) : escapeHtml(item.text)}</li>`).join('')}</ul>`;
    case 'link':
      return `<p>${htmlLink(block.url, block.label)}</p>`;
  }
}

/** One email in two parts from the same blocks, with the footer that says why it came and how to stop it. */
export function composeEmail(locale: Locale, subject: string, blocks: Block[], footer: Footer): Rendered {
  const t = REMINDER_STRINGS[locale];
  const text = [
    ...blocks.map(blockText),
    `-- \n${t.footer(footer.workspaceName)}\n${t.unsubscribe}: ${footer.unsubscribeUrl}\n${t.settings}: ${footer.settingsUrl}`,
  ].join('\n\n');
  const footerHtml = `<hr style="border: none; border-top: 1px solid #dee2e6; margin-top: 32px;">
<p style="font-size: 12px; color: #6c757d;">${escapeHtml(t.footer(footer.workspaceName))}<br>${htmlLink(footer.unsubscribeUrl, t.unsubscribe)} · ${htmlLink(footer.settingsUrl, t.settings)}</p>`;
  const html = htmlDocument(locale, subject, `${blocks.map(blockHtml).join('\n')}\n${footerHtml}`);
  return { subject, text: `${text}\n`, html };
}
