import type { Locale } from '../db/index.js';

/**
 * The one layout of every email the server writes (invitations, password resets, reminders): a
 * message is a list of blocks, and each block renders to the plain-text part and to the HTML part
 * alike, so the two parts always say the same thing and carry the same links.
 */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h'; text: string }
  | { kind: 'list'; items: { text: string; url?: string | undefined }[] }
  /** The message's action: a button in HTML, `label: url` on a line of its own in text. */
  | { kind: 'link'; label: string; url: string };

/** Small print under a rule: why the email came, and links such as unsubscribe and settings. */
export type EmailFooter = { text: string; links: { label: string; url: string }[] };

export type RenderedEmail = { subject: string; text: string; html: string };

/** Everything that goes into HTML (names, titles, workspace names, addresses) goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Persian is written right to left; the other languages of the app left to right. */
export const textDirection = (locale: Locale): 'rtl' | 'ltr' => (locale === 'fa' ? 'rtl' : 'ltr');

const BRAND = '#1c7ed6';

/** A plain link inside text (list items, the footer). */
export const htmlLink = (url: string, label: string) =>
  `<a href="${escapeHtml(url)}" style="color: ${BRAND};">${escapeHtml(label)}</a>`;

/**
 * The action as a button. A one-cell table with the colour on the cell is what renders as a button
 * in the mail clients that ignore padding on links (Outlook); the whole of it is the link.
 */
export const htmlButton = (url: string, label: string) =>
  `<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin: 24px 0;"><tr><td style="border-radius: 6px; background-color: ${BRAND};">` +
  `<a href="${escapeHtml(url)}" style="display: inline-block; padding: 10px 20px; border-radius: 6px; color: #ffffff; font-weight: 600; text-decoration: none;">${escapeHtml(label)}</a>` +
  `</td></tr></table>`;

/** A whole HTML email: language and direction (Persian right to left) on the root, so mail clients lay it out right. */
export function htmlDocument(locale: Locale, title: string, body: string): string {
  const dir = textDirection(locale);
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body dir="${dir}" style="font-family: system-ui, -apple-system, 'Segoe UI', Tahoma, sans-serif; line-height: 1.5; color: #1f2328; max-width: 600px; margin: 0 auto; padding: 16px;">
<p style="margin: 0 0 24px; font-size: 18px; font-weight: 700; color: ${BRAND};">Rapport</p>
${body}
</body>
</html>`;
}

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
      return htmlButton(block.url, block.label);
  }
}

/** One email in two parts from the same blocks: the plain-text part and the HTML part in the reader's language. */
export function renderEmail(locale: Locale, subject: string, blocks: Block[], footer?: EmailFooter): RenderedEmail {
  const textParts = blocks.map(blockText);
  let footerHtml = '';
  if (footer) {
    textParts.push(`-- \n${[footer.text, ...footer.links.map((l) => `${l.label}: ${l.url}`)].join('\n')}`);
    const links = footer.links.map((l) => htmlLink(l.url, l.label)).join(' · ');
    footerHtml = `\n<hr style="border: none; border-top: 1px solid #dee2e6; margin-top: 32px;">
<p style="font-size: 12px; color: #6c757d;">${escapeHtml(footer.text)}${links ? `<br>${links}` : ''}</p>`;
  }
  const html = htmlDocument(locale, subject, `${blocks.map(blockHtml).join('\n')}${footerHtml}`);
  return { subject, text: `${textParts.join('\n\n')}\n`, html };
}
