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
  return { columns, rows: records.map((r) => ({ line: r.line, values: columns.map((_, i) => [r.cells[i] ?? '']) })) };
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
