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
 * Excel's first line naming the delimiter: `sep=;`, `sep=,`, `sep=` and a tab, or `sep=\t` spelled
 * out; also as a spreadsheet saves it again, quoted or followed by empty cells (`"sep=;"`, `sep=;;;`).
 * Anything else on the line and it is not this line but a header.
 */
const SEP_LINE = /^"?sep=(\\t|[^\r\n"])"?(?:\1|[ \t])*(?:\r\n|\n|\r|$)/i;

/** The most lines LinkedIn's `Notes:` paragraph is looked for in: it has three. */
const MAX_NOTES_LINES = 20;

/**
 * Where LinkedIn's Connections.csv starts its table: after the `Notes:` line, the quoted note
 * below it and the blank line that ends them. The note is read as CSV reads it (a line break
 * inside its quotes does not end it). Undefined when the file does not start so, or when no blank
 * line follows soon: then nothing is skipped.
 */
function notesPreamble(text: string): { start: number; lines: number } | undefined {
  if (!/^Notes:[ \t]*(?:\r\n|\n|\r)/.test(text)) return undefined;
  let quoted = false;
  let lines = 0; // line breaks passed, inside quotes or not
  let lineStart = 0;
  for (let i = 0; i < text.length && lines < MAX_NOTES_LINES; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (c !== '\n' && c !== '\r') continue;
    const end = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
    lines++;
    if (!quoted) {
      if (lines > 1 && text.slice(lineStart, i).trim() === '') return { start: end, lines };
      lineStart = end;
    }
    i = end - 1;
  }
  return undefined;
}

/**
 * Lines before the header that are not data, and how many: Excel's `sep=;` (which also names the
 * delimiter) and the `Notes:` paragraph LinkedIn puts above its Connections.csv.
 */
function preamble(file: string): { text: string; skipped: number; delimiter?: string } {
  let text = file;
  let skipped = 0;
  let delimiter: string | undefined;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1] === '\\t' ? '\t' : sep[1];
    text = text.slice(sep[0].length);
    skipped = 1;
  }
  const notes = notesPreamble(text);
  if (notes) {
    text = text.slice(notes.start);
    skipped += notes.lines;
  }
  return { text, skipped, ...(delimiter ? { delimiter } : {}) };
}

/** The copyright line Salesforce Classic writes under a report's table, among the one-cell lines of its footer. */
const SALESFORCE_FOOTER = /^Copyright \(c\) \d{4}-\d{4} salesforce\.com\b/i;
const MAX_FOOTER_LINES = 8;

/**
 * Without the footer Salesforce Classic writes below an exported report: the report's name, its
 * copyright, "Confidential Information - Do Not Distribute", who generated it and when, and the
 * company, one quoted cell each. Only a tail of one-cell records that holds the copyright line is
 * taken for it, from the report's name (the record above the copyright) on.
 */
function withoutReportFooter(records: CsvRecord[]): CsvRecord[] {
  const oneCell = (r: CsvRecord | undefined) =>
    !!r && !!r.cells[0]?.trim() && r.cells.filter((c) => c.trim() !== '').length === 1;
  for (let i = records.length - 1; i >= 1 && records.length - i <= MAX_FOOTER_LINES && oneCell(records[i]); i--) {
    if (SALESFORCE_FOOTER.test(records[i]?.cells[0]?.trim() ?? '')) {
      return records.slice(0, i > 1 && oneCell(records[i - 1]) ? i - 1 : i);
    }
  }
  return records;
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
  return withoutReportFooter(records);
}
