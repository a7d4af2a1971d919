import ICAL from 'ical.js';
import type { ImportField, Mapping } from './mapping.js';

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

/** One card: its values per column (several EMAILs are several values) and the line its BEGIN:VCARD is on. */
export type VcardRecord = { line: number; values: string[][]; error?: string };

/**
 * Splits a .vcf file into cards and reads each with ical.js (vCard 3 and 4: folded lines,
 * escapes, structured values). A card ical.js cannot read becomes a record with an error, so
 * one broken card does not stop the others.
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

function readCard(card: string, line: number): VcardRecord {
  const values: string[][] = VCARD_COLUMNS.map(() => []);
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(ICAL.parse(card) as unknown[]);
  } catch (error) {
    return {
      line,
      values,
      error: `The card cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const put = (column: VcardColumn, value: string) => {
    const v = unescapeLeftovers(value).trim();
    if (v) values[VCARD_COLUMNS.indexOf(column)]?.push(v);
  };
  for (const property of component.getAllProperties()) {
    const name = property.name.toUpperCase();
    const raw = property.getValues() as unknown[];
    switch (name) {
      case 'FN':
      case 'KIND':
      case 'TITLE':
      case 'EMAIL':
      case 'TEL':
      case 'URL':
      case 'NOTE':
      case 'IMPP':
      case 'X-RAPPORT-KIND':
      case 'X-RAPPORT-COUNTRY':
      case 'X-RAPPORT-BUSINESS':
        // vCard 4 may give a phone as a tel: URI.
        for (const v of raw) put(name, name === 'TEL' ? String(v).replace(/^tel:/i, '') : String(v));
        break;
      case 'X-RAPPORT-MESSENGER':
      case 'X-SOCIALPROFILE':
        for (const v of raw) put('IMPP', String(v));
        break;
      case 'CATEGORIES':
        for (const v of raw) put('CATEGORIES', String(v));
        break;
      case 'ORG':
        for (const v of raw) put('ORG', String(Array.isArray(v) ? (v[0] ?? '') : v));
        break;
      case 'ADR':
        for (const v of raw)
          put(
            'ADR',
            (Array.isArray(v) ? v.flat() : [v])
              .map((part) => String(part).trim())
              .filter(Boolean)
              .join(', '),
          );
        break;
      default:
        // Other properties (PHOTO, REV, PRODID…) carry nothing a partner keeps.
        break;
    }
  }
  const col = (c: VcardColumn) => values[VCARD_COLUMNS.indexOf(c)] as string[];
  if (!col('FN').length) {
    // vCard 3 allows a card with only N: given and family names, in the order the card gives them.
    const n = component.getFirstPropertyValue('n') as unknown;
    const parts = Array.isArray(n) ? n.flat().map(String) : [];
    const name = [parts[3], parts[1], parts[2], parts[0], parts[4]].filter((p) => p?.trim()).join(' ');
    if (name) put('FN', name);
  }
  // Company cards of vCard 3 apps carry no KIND: their name is their organisation (or Apple marks them).
  const showAs = String(component.getFirstPropertyValue('x-abshowas') ?? '').toUpperCase();
  if (!col('KIND').length && col('ORG').length && (showAs === 'COMPANY' || col('FN')[0] === col('ORG')[0]))
    put('KIND', 'org');
  return { line, values };
}

/** ical.js unescapes \n and \, in text but leaves \; in unstructured values (NOTE, X- properties). */
function unescapeLeftovers(value: string): string {
  return value.replace(/\\([;,:\\])/g, '$1');
}
