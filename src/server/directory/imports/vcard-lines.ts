import { decode as decodeQuotedPrintable } from 'libqp';

/** Properties that carry binary data (a photo, a logo, a sound, a key): nothing a partner keeps. */
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/**
 * Rewrites one card from what phones and mail programs write into the vCard 3 syntax ical.js
 * reads. vCard 2.1 (every Android and Outlook export) differs in three ways ical.js refuses:
 * quoted-printable values with soft line breaks (`=` at a line's end), bare type parameters
 * (`TEL;CELL;VOICE`), and a CHARSET parameter. Binary properties are dropped here, so a 2.1
 * photo's base64 lines cannot break the card. Cards in vCard 3 and 4 pass through unchanged
 * apart from that.
 */
export function toVcard3(card: string): { text: string; unreadable: string[] } {
  const out: string[] = [];
  const unreadable: string[] = [];
  for (const line of logicalLines(card)) {
    const property = splitProperty(line);
    if (!property || !/^[A-Z0-9-]+$/.test(property.name)) {
      // A line that is not a property would make the whole card unreadable; it alone is left out.
      if (line.trim()) unreadable.push(line);
      continue;
    }
    const { group, name, params, value } = property;
    if (BINARY.has(name)) continue;
    if (name === 'VERSION' && value.trim() === '2.1') {
      out.push('VERSION:3.0');
      continue;
    }
    const kept: string[] = [];
    let encoding = '';
    let charset = 'utf-8';
    for (const param of params) {
      const eq = param.indexOf('=');
      const key = eq < 0 ? '' : param.slice(0, eq).toUpperCase();
      const paramValue = eq < 0 ? param : param.slice(eq + 1);
      if (eq < 0 && /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i.test(param)) encoding = param.toUpperCase();
      else if (eq < 0) kept.push(`TYPE=${param}`);
      else if (key === 'ENCODING') encoding = paramValue.toUpperCase();
      else if (key === 'CHARSET') charset = paramValue;
      else kept.push(param);
    }
    const text = encoding === 'QUOTED-PRINTABLE' ? escapeDecoded(decodeText(value, charset)) : value;
    out.push(`${group ? `${group}.` : ''}${name}${kept.map((p) => `;${p}`).join('')}:${text}`);
  }
  return { text: out.join('\r\n'), unreadable };
}

/**
 * Unfolds the card: a line that starts with a space or tab continues the one before (RFC 6350),
 * and in a quoted-printable value a line that ends with `=` continues on the next (a soft break).
 */
function logicalLines(card: string): string[] {
  const lines: string[] = [];
  for (const raw of card.split(/\r\n|\n|\r/)) {
    const last = lines.length - 1;
    const previous = lines[last];
    if (previous !== undefined && /^[ \t]/.test(raw)) lines[last] = previous + raw.slice(1);
    else if (previous !== undefined && isQuotedPrintable(previous) && previous.endsWith('='))
      lines[last] = previous.slice(0, -1) + raw;
    else lines.push(raw);
  }
  return lines;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /;(ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line.slice(0, colon + 1));
}

type Property = { group: string; name: string; params: string[]; value: string };

/** `[group.]NAME[;param…]:value`, with the colon inside a quoted parameter not ending the name. */
function splitProperty(line: string): Property | undefined {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) {
      const [head = '', ...params] = splitParams(line.slice(0, i));
      const dot = head.lastIndexOf('.');
      return {
        group: dot < 0 ? '' : head.slice(0, dot),
        name: head.slice(dot + 1).toUpperCase(),
        params,
        value: line.slice(i + 1),
      };
    }
  }
  return undefined;
}

function splitParams(head: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of head) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.filter((p, i) => i === 0 || p !== '');
}

/** The bytes a quoted-printable value stands for, in its charset (UTF-8 when the card names none or one unknown). */
function decodeText(value: string, charset: string): string {
  const bytes = decodeQuotedPrintable(value);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Decoded text written back with vCard 3's escapes. Semicolons stay as they are: quoted-printable
 * leaves them unencoded, so they still separate the parts of N, ADR and ORG as in the original.
 */
function escapeDecoded(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\n|\r/g, '\\n');
}
