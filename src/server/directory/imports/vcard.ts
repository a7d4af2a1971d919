import ICAL from 'ical.js';
import type { ImportField, Mapping } from './mapping.js';
import { toVcard3 } from './vcard-lines.js';
import { isVietnameseName } from './row-parts.js';

/** The columns a vCard import shows and maps, in this order; each card fills them from its properties. */
export const VCARD_COLUMNS = [
  'FN',
  'KIND',
  'ORG',
  'TITLE',
  'EMAIL',
  'TEL',
  'URL',
  'ADR',
  'IMPP',
  'NOTE',
  'CATEGORIES',
  'X-RAPPORT-KIND',
  'X-RAPPORT-COUNTRY',
  'X-RAPPORT-BUSINESS',
] as const;
type VcardColumn = (typeof VCARD_COLUMNS)[number];

export const VCARD_MAPPING: Mapping = {
  FN: 'name',
  KIND: 'type',
  ORG: 'organization',
  TITLE: 'title',
  EMAIL: 'email',
  TEL: 'phone',
  URL: 'website',
  ADR: 'address',
  IMPP: 'messenger',
  NOTE: 'notes',
  CATEGORIES: 'tags',
  'X-RAPPORT-KIND': 'kinds',
  'X-RAPPORT-COUNTRY': 'country',
  'X-RAPPORT-BUSINESS': 'business',
} satisfies Record<VcardColumn, ImportField>;

/**
 * One card: its values per column (several EMAILs are several values), the label of each value
 * where the card gives one, the lines left out, and the line its BEGIN:VCARD is on.
 */
export type VcardRecord = {
  line: number;
  values: string[][];
  labels: string[][];
  skipped: string[];
  dropBadValues: true;
  listed: true;
  titles?: string[];
  error?: string;
};

/**
 * Splits a .vcf file into cards and reads each with ical.js, after toVcard3 has rewritten what
 * phones and mail programs write (vCard 2.1) into the syntax ical.js reads. A card ical.js still
 * cannot read becomes a record with an error, so one broken card does not stop the others.
 */
export function parseVcards(text: string): VcardRecord[] {
  const lines = text.split(/\r\n|\n|\r/);
  const records: VcardRecord[] = [];
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim().toUpperCase();
    if (line === 'BEGIN:VCARD') start = i;
    else if (line === 'END:VCARD' && start >= 0) {
      records.push(readCard(lines.slice(start, i + 1).join('\r\n'), start + 1));
      start = -1;
    }
  }
  return records;
}

/** Type parameters that say how a value is sent, not whose it is: not a label. */
const NOT_LABELS = new Set(['INTERNET', 'PREF', 'VOICE', 'X400', 'TEXT', 'MSG', 'URI', 'X-INTERNET', 'DOM', 'INTL']);
/** vCard's own type words, as a person would write them; any other label is kept as the card writes it. */
const LABELS: Record<string, string> = {
  WORK: 'Work',
  HOME: 'Home',
  CELL: 'Mobile',
  MOBILE: 'Mobile',
  FAX: 'Fax',
  PAGER: 'Pager',
  MAIN: 'Main',
  OTHER: 'Other',
  IPHONE: 'iPhone',
  VIDEO: 'Video',
  POSTAL: 'Postal',
  PARCEL: 'Postal',
};

/** The label a value's TYPE parameters give (`TYPE=WORK` → Work, `CELL` → Mobile), or ''. */
function typeLabel(property: ICAL.Property): string {
  const raw = property.getParameter('type') as string | string[] | undefined;
  const types = (Array.isArray(raw) ? raw : raw ? [raw] : [])
    .flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter((t) => t && !NOT_LABELS.has(t.toUpperCase()));
  const first = types[0];
  if (!first) return '';
  return LABELS[first.toUpperCase()] ?? first;
}

/** Apple's `itemN.X-ABLabel` names the values of group itemN: `_$!<Other>!$_` is Other, else as written. */
function groupLabels(component: ICAL.Component): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of component.getAllProperties('x-ablabel')) {
    const group = property.getParameter('group') as string | undefined;
    const text = String(property.getFirstValue() ?? '')
      .replace(/^_\$!<(.*)>!\$_$/, '$1')
      .trim();
    if (group && text) labels.set(group, text);
  }
  return labels;
}

/** A vCard 4 tel: URI as a number people read: `tel:+1-418-656-9254;ext=102` is `+1-418-656-9254 ext. 102`. */
function telText(value: string): string {
  if (!/^tel:/i.test(value)) return value;
  const [number = '', ...params] = value.slice(4).split(';');
  const ext = params.find((p) => /^ext=/i.test(p))?.slice(4);
  return ext ? `${number} ext. ${ext}` : number;
}

type Organization = { name: string; units: string[]; title: string; group: string | undefined };

function readCard(card: string, line: number): VcardRecord {
  const values: string[][] = VCARD_COLUMNS.map(() => []);
  const labels: string[][] = VCARD_COLUMNS.map(() => []);
  const { text, unreadable } = toVcard3(card);
  const record: VcardRecord = { line, values, labels, skipped: unreadable, dropBadValues: true, listed: true };
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    return { ...record, error: `The card cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const byGroup = groupLabels(component);
  const put = (column: VcardColumn, value: string, label = '') => {
    const v = unescapeLeftovers(value).trim();
    const i = VCARD_COLUMNS.indexOf(column);
    if (v) {
      values[i]?.push(v);
      labels[i]?.push(label);
    }
  };
  // Each ORG with the TITLE that follows it, so a title stays with its own organisation.
  const orgs: Organization[] = [];
  const looseTitles: { title: string; group: string | undefined }[] = [];
  for (const property of component.getAllProperties()) {
    const name = property.name.toUpperCase();
    const raw = property.getValues() as unknown[];
    const group = property.getParameter('group') as string | undefined;
    const label = (group && byGroup.get(group)) || typeLabel(property);
    switch (name) {
      case 'X-RAPPORT-KIND':
        // ical.js does not split an X- property's list; the record's values are one item each.
        for (const v of raw) for (const kind of String(v).split(',')) put(name, kind);
        break;
      case 'FN':
      case 'KIND':
      case 'NOTE':
      case 'X-RAPPORT-COUNTRY':
      case 'X-RAPPORT-BUSINESS':
        for (const v of raw) put(name, String(v));
        break;
      case 'EMAIL':
      case 'URL':
      case 'IMPP':
        for (const v of raw) put(name, String(v), label);
        break;
      case 'TEL':
        for (const v of raw) put('TEL', telText(String(v)), label);
        break;
      case 'TITLE': {
        const title = unescapeLeftovers(raw.map(String).join(' ')).trim();
        // Grouped with its ORG (`item2.ORG`, `item2.TITLE`), else the ORG it follows.
        const own = group ? orgs.find((o) => o.group === group) : undefined;
        const last = own ?? (group ? undefined : orgs[orgs.length - 1]);
        if (last && !last.title) last.title = title;
        else looseTitles.push({ title, group });
        break;
      }
      case 'X-RAPPORT-MESSENGER':
      case 'X-SOCIALPROFILE':
        for (const v of raw) put('IMPP', String(v), label);
        break;
      case 'CATEGORIES':
        for (const v of raw) put('CATEGORIES', String(v));
        break;
      case 'ORG':
        for (const v of raw) {
          // ORG is the organisation, then its units: the department is kept beside the title.
          const [org = '', ...units] = (Array.isArray(v) ? v : [v]).map((part) => String(part).trim());
          if (org) orgs.push({ name: org, units: units.filter(Boolean), title: '', group });
        }
        break;
      case 'ADR':
        for (const v of raw)
          put(
            'ADR',
            (Array.isArray(v) ? v.flat() : [v])
              .map((part) => String(part).trim())
              .filter(Boolean)
              .join(', '),
            label,
          );
        break;
      default:
        // Other properties (REV, PRODID, X-ABLabel, read above…) carry nothing a partner keeps.
        break;
    }
  }
  const titles = putOrganizations(put, orgs, looseTitles);
  if (titles) record.titles = titles;
  fillName(component, put, values);
  return record;
}

/**
 * ORG values and one TITLE value to show (titles joined by `;` when there are several
 * organisations); answers the title at each organisation, index for index, which the row reader
 * uses as it is, so a title holding `;` stays whole.
 */
function putOrganizations(
  put: (column: VcardColumn, value: string) => void,
  orgs: Organization[],
  looseTitles: { title: string; group: string | undefined }[],
): string[] | undefined {
  // A title before its ORG goes to the ORG of its group, else to the first organisation that has none.
  for (const { title, group } of looseTitles) {
    const free = orgs.find((o) => !o.title && group && o.group === group) ?? orgs.find((o) => !o.title);
    if (free) free.title = title;
    else if (!orgs.length) put('TITLE', title);
  }
  for (const o of orgs) put('ORG', o.name);
  const titles = orgs.map((o) => [o.title, ...o.units].filter(Boolean).join(', '));
  if (titles.some(Boolean)) put('TITLE', titles.join(orgs.length > 1 ? '; ' : ''));
  return orgs.length ? titles : undefined;
}

function fillName(component: ICAL.Component, put: (column: VcardColumn, value: string) => void, values: string[][]) {
  const col = (c: VcardColumn) => values[VCARD_COLUMNS.indexOf(c)] as string[];
  if (!col('FN').length) {
    // vCard 3 allows a card with only N: given and family names, in the order the card gives them.
    const n = component.getFirstPropertyValue('n') as unknown;
    const parts = Array.isArray(n) ? n.flat().map(String) : [];
    // A Vietnamese name reads family, middle, given (row-parts.isVietnameseName says when).
    const vietnamese = isVietnameseName({ family: parts[0] ?? '', all: parts.join(' ') }, undefined);
    const order = vietnamese
      ? [parts[3], parts[0], parts[2], parts[1], parts[4]]
      : [parts[3], parts[1], parts[2], parts[0], parts[4]];
    const name = order.filter((p) => p?.trim()).join(' ');
    if (name) put('FN', name);
  }
  // Company cards of vCard 3 apps carry no KIND: their name is their organisation (or Apple marks them).
  const showAs = String(component.getFirstPropertyValue('x-abshowas') ?? '').toUpperCase();
  if (!col('KIND').length && col('ORG').length && (showAs === 'COMPANY' || col('FN')[0] === col('ORG')[0]))
    put('KIND', 'org');
  // A card without KIND is a person (RFC 6350: KIND defaults to individual), with or without an ORG.
  if (!col('KIND').length) put('KIND', 'individual');
}

/** ical.js unescapes \n and \, in text but leaves \; in unstructured values (NOTE, X- properties). */
function unescapeLeftovers(value: string): string {
  return value.replace(/\\([;,:\\])/g, '$1');
}
