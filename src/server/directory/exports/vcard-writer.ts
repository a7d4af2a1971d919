import { isVietnameseName } from '../imports/index.js';

/** What a vCard of a partner holds. */
export type VcardPartner = {
  type: 'organization' | 'person';
  name: string;
  country: string | null;
  kinds: string[];
  tags: string[];
  organizations: { name: string; title: string }[];
  contacts: { channel: 'email' | 'phone' | 'address' | 'website' | 'messenger'; label: string; value: string }[];
  business: string;
  notes: string;
};

/** RFC 6350 text escaping: backslash, newline, and the comma and semicolon that separate values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

/** Folds a content line at 75 octets (never inside a UTF-8 character); continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Labels vCard has its own type words for; any other is written as Apple's X-ABLabel. */
const TYPES: Record<string, string> = { work: 'work', home: 'home', mobile: 'cell', fax: 'fax', pager: 'pager' };

/**
 * The lines of one property with its label: a vCard type word as TYPE (`TEL;TYPE=cell`), any
 * other label as TYPE and, for the apps that show only that, `itemN.X-ABLabel` in the same group.
 */
function labelled(item: () => string, name: string, label: string, value: string): string[] {
  const clean = label.replace(/["\r\n]/g, '').trim();
  if (!clean) return [`${name}:${value}`];
  const known = TYPES[clean.toLowerCase()];
  if (known) return [`${name};TYPE=${known}:${value}`];
  const group = item();
  const type = /[;:,]/.test(clean) ? `"${clean}"` : clean;
  return [`${group}.${name};TYPE=${type}:${value}`, `${group}.X-ABLabel:${escapeText(clean)}`];
}

/** One vCard 4.0 of a partner, CRLF line ends, folded. */
export function partnerVcard(p: VcardPartner): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `KIND:${p.type === 'organization' ? 'org' : 'individual'}`,
    `FN:${escapeText(p.name)}`,
  ];
  if (p.type === 'person') {
    const words = p.name.trim().split(/\s+/);
    // Vietnamese names put the family name first (the import's own rule says when); most others last.
    const vietnamese = isVietnameseName({ family: words[0] ?? '', all: p.name }, p.country ?? undefined);
    const [family, given] =
      words.length < 2
        ? [p.name.trim(), '']
        : vietnamese
          ? [words[0] ?? '', words.slice(1).join(' ')]
          : [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')];
    lines.push(`N:${escapeText(family)};${escapeText(given)};;;`);
  }
  let items = 0;
  const item = () => `item${++items}`;
  const orgs = p.type === 'organization' ? [{ name: p.name, title: '' }] : p.organizations;
  for (const o of orgs) {
    // Each TITLE in the group of its ORG, and right after it, so readers pair them either way.
    const group = orgs.length > 1 && o.title ? `${item()}.` : '';
    lines.push(`${group}ORG:${escapeText(o.name)}`);
    if (o.title) lines.push(`${group}TITLE:${escapeText(o.title)}`);
  }
  for (const c of p.contacts) lines.push(...contactLines(c, item));
  if (p.tags.length) lines.push(`CATEGORIES:${p.tags.map(escapeText).join(',')}`);
  if (p.kinds.length) lines.push(`X-RAPPORT-KIND:${p.kinds.join(',')}`);
  if (p.country) lines.push(`X-RAPPORT-COUNTRY:${p.country}`);
  if (p.business) lines.push(`X-RAPPORT-BUSINESS:${escapeText(p.business)}`);
  if (p.notes) lines.push(`NOTE:${escapeText(p.notes)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

const PROPERTIES: Record<VcardPartner['contacts'][number]['channel'], string> = {
  email: 'EMAIL',
  phone: 'TEL',
  website: 'URL',
  address: 'ADR',
  messenger: 'IMPP',
};

function contactLines(c: VcardPartner['contacts'][number], item: () => string): string[] {
  switch (c.channel) {
    case 'website':
      return labelled(item, 'URL', c.label, c.value);
    case 'address':
      return labelled(item, 'ADR', c.label, `;;${escapeText(c.value)};;;;`);
    case 'messenger':
      // IMPP holds a URI (`xmpp:…`); a handle such as `@mai` is kept in our own property.
      return /^[a-z][a-z0-9+.-]*:/i.test(c.value)
        ? labelled(item, 'IMPP', c.label, c.value)
        : labelled(item, 'X-RAPPORT-MESSENGER', c.label, escapeText(c.value));
    default:
      return labelled(item, PROPERTIES[c.channel], c.label, escapeText(c.value));
  }
}
