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

function param(label: string): string {
  const clean = label.replace(/["\r\n]/g, '').trim();
  return clean ? `;TYPE=${/[;:,]/.test(clean) ? `"${clean}"` : clean}` : '';
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
    // Vietnamese names put the family name first; most others last.
    const [family, given] =
      words.length < 2
        ? [p.name.trim(), '']
        : p.country === 'VN'
          ? [words[0] ?? '', words.slice(1).join(' ')]
          : [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')];
    lines.push(`N:${escapeText(family)};${escapeText(given)};;;`);
  }
  const orgs = p.type === 'organization' ? [{ name: p.name, title: '' }] : p.organizations;
  for (const o of orgs) {
    lines.push(`ORG:${escapeText(o.name)}`);
    if (o.title) lines.push(`TITLE:${escapeText(o.title)}`);
  }
  for (const c of p.contacts) {
    switch (c.channel) {
      case 'email':
        lines.push(`EMAIL${param(c.label)}:${escapeText(c.value)}`);
        break;
      case 'phone':
        lines.push(`TEL${param(c.label)}:${escapeText(c.value)}`);
        break;
      case 'website':
        lines.push(`URL${param(c.label)}:${c.value}`);
        break;
      case 'address':
        lines.push(`ADR${param(c.label)}:;;${escapeText(c.value)};;;;`);
        break;
      case 'messenger':
        lines.push(
          /^[a-z][a-z0-9+.-]*:/i.test(c.value)
            ? `IMPP${param(c.label)}:${c.value}`
            : `X-RAPPORT-MESSENGER${param(c.label)}:${escapeText(c.value)}`,
        );
        break;
    }
  }
  if (p.tags.length) lines.push(`CATEGORIES:${p.tags.map(escapeText).join(',')}`);
  if (p.kinds.length) lines.push(`X-RAPPORT-KIND:${p.kinds.join(',')}`);
  if (p.country) lines.push(`X-RAPPORT-COUNTRY:${p.country}`);
  if (p.business) lines.push(`X-RAPPORT-BUSINESS:${escapeText(p.business)}`);
  if (p.notes) lines.push(`NOTE:${escapeText(p.notes)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
