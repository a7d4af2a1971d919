import { parseCsv } from './csv.js';
import type { SourceRow } from './rows.js';
import { parseVcards, VCARD_COLUMNS } from './vcard.js';
import { uniqueColumns } from './mapping.js';

export type ImportFormat = 'csv' | 'vcard';

/** The columns and data records of an uploaded file, whichever its format. */
export function readSource(format: ImportFormat, content: string): { columns: string[]; rows: SourceRow[] } {
  if (format === 'vcard') {
    return { columns: [...VCARD_COLUMNS], rows: parseVcards(content) };
  }
  const [header, ...records] = parseCsv(content);
  const columns = uniqueColumns(header?.cells ?? []);
  const labelOf = labelColumns(columns);
  const rows = records.map((r) => ({
    line: r.line,
    values: columns.map((_, i) => [r.cells[i] ?? '']),
    ...(labelOf.size ? { labels: columns.map((_, i) => [cleanLabel(r.cells[labelOf.get(i) ?? -1] ?? '')]) } : {}),
  }));
  return { columns, rows };
}

/**
 * Google's exports pair each value column with a label column: "E-mail 1 - Value" and
 * "E-mail 1 - Label"; ours "Email 1" and "Email 1 Label". The index of each value column's label column.
 */
function labelColumns(columns: string[]): Map<number, number> {
  const byName = new Map(columns.map((c, i) => [c.toLowerCase(), i]));
  const pairs = new Map<number, number>();
  columns.forEach((column, i) => {
    const match = /^(.*) - (value|formatted)$/i.exec(column);
    const label = match
      ? byName.get(`${match[1]?.toLowerCase()} - label`)
      : / \d+$/.test(column)
        ? byName.get(`${column.toLowerCase()} label`)
        : undefined;
    if (label !== undefined) pairs.set(i, label);
  });
  return pairs;
}

/** Google marks the primary value "* Work"; the label is Work. */
function cleanLabel(text: string): string {
  return text.replace(/^\* /, '').split(' ::: ')[0]?.trim() ?? '';
}

/** The format of an upload: vCard by media type, or by file name or content when the type says nothing. */
export function detectFormat(contentType: string, filename: string, content: string): ImportFormat {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/vcard' || type === 'text/x-vcard') return 'vcard';
  if (type === 'text/csv') return 'csv';
  if (/\.(vcf|vcard)$/i.test(filename)) return 'vcard';
  if (/\.(csv|txt)$/i.test(filename)) return 'csv';
  return /^\s*BEGIN:VCARD/i.test(content) ? 'vcard' : 'csv';
}
