import { CsvError, parse } from 'csv-parse/sync';
import { fieldError } from '../../platform/core/index.js';

/** A data record of an uploaded file: its cells and the 1-based line of the file it starts on. */
export type CsvRecord = { line: number; cells: string[] };

/** The delimiter of a CSV file, judged from its header line: whichever of , ; or tab occurs most (outside quotes). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Lines before the header that are not data: Excel's `sep=;` (which also names the delimiter) and
 * the `Notes:` paragraph LinkedIn puts above its Connections.csv, up to the blank line after it.
 */
function preamble(text: string): { text: string; skipped: number; delimiter?: string } {
  const sep = /^sep=(.)\r?\n?/i.exec(text);
  if (sep) {
    return { text: text.slice(sep[0].length), skipped: 1, delimiter: sep[1] as string };
  }
  if (/^Notes:[ \t]*(\r\n|\n|\r)/.test(text)) {
    let start = 0;
    let skipped = 0;
    for (const end of text.matchAll(/\r\n|\n|\r/g)) {
      const line = text.slice(start, end.index);
      start = end.index + end[0].length;
      skipped++;
      if (skipped > 1 && line.trim() === '') return { text: text.slice(start), skipped };
    }
  }
  return { text, skipped: 0 };
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Parses CSV with csv-parse (RFC 4180: quoted fields with doubled quotes, delimiters and line
 * breaks inside quotes). Lenient as spreadsheets are: rows may have any number of cells, a quote
 * inside an unquoted cell is text, and CRLF, LF and CR line ends may be mixed in one file (csv-parse
 * would otherwise keep to the first kind it meets). Blank lines and rows of blank cells are skipped.
 * A quote never closed is a 400 naming the row's line: the rest of the file would be one cell.
 *
 * Each record keeps the line it starts on, so a row error points at the line a spreadsheet shows.
 * csv-parse's `info.lines` is the line a record ends on (and counts a quoted CRLF twice), so lines
 * are counted here, up to the byte offset where csv-parse says each record ends.
 */
export function parseCsv(file: string, delimiterGiven?: string): CsvRecord[] {
  const { text, skipped, delimiter: declared } = preamble(file.replace(/^\uFEFF/, ''));
  const delimiter = delimiterGiven ?? declared ?? detectDelimiter(text);
  const bytes = Buffer.from(text);
  const records: CsvRecord[] = [];
  let line = skipped + 1; // where the next record starts
  let offset = 0;
  const onRecord = (cells: string[], { bytes: end }: { bytes: number }) => {
    if (cells.some((c) => c.trim() !== '')) records.push({ line, cells });
    for (; offset < end; offset++)
      if (bytes[offset] === LF || (bytes[offset] === CR && bytes[offset + 1] !== LF)) line++;
    return null; // kept here, not in csv-parse's own result
  };
  try {
    parse(bytes, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      // Spaces after a delimiter are dropped, so `a, "b, c"` is two cells, not three (cells are trimmed downstream
      // anyway).
      ltrim: true,
      on_record: onRecord,
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw fieldError(
        'file',
        'invalid_format',
        `The row starting on line ${line} opens a quote that is never closed`,
        { line },
      );
    }
    throw error;
  }
  return records;
}
