import sanitizeHtml from 'sanitize-html';

const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** A link target we keep: an absolute http(s) or mailto URL, nothing relative or scriptable. */
function isSafeHref(href: string | undefined): href is string {
  if (!href) return false;
  try {
    return LINK_PROTOCOLS.includes(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}

/**
 * What the editor may produce. Anything else is dropped: scripts and styles with their content,
 * other tags keeping their text, every attribute except a link's href. Links open in a new tab
 * without giving that tab a handle on the app (rel noopener noreferrer).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'blockquote', 'code'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: isSafeHref(attribs.href)
        ? { href: attribs.href.trim(), rel: 'noopener noreferrer', target: '_blank' }
        : {},
    }),
  },
  // A link to anything but http(s)/mailto loses its tag and keeps its text. (Renaming the tag in
  // transformTags instead would trip sanitize-html's closing-tag bookkeeping for the next link.)
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

// Line breaks and the edges of paragraphs, list items and quotes: where plain text starts a new line.
const LINE_BREAK = /<br\s*\/?>|<\/?(?:p|li|ul|ol|blockquote)(?:\s[^>]*)?>/gi;

/** Stored form of rich text: the sanitised HTML the app renders and its plain text for search. */
export type RichText = { html: string; text: string };

/** Sanitises editor HTML on write; the result is safe to render as HTML. */
export function sanitizeRichText(input: string): RichText {
  const html = sanitizeHtml(input, OPTIONS).trim();
  return { html, text: plainText(html) };
}

/** The text of sanitised HTML, a line per paragraph, list item or line break. */
function plainText(html: string): string {
  const marked = html.replace(LINE_BREAK, (m) => `\n${m}\n`);
  const text = sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} });
  // sanitize-html escapes only these four in text; undo them, & last so "&amp;lt;" stays "&lt;".
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}
