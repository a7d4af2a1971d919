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
 * Parses CSV (RFC 4180: quoted fields with doubled quotes, delimiters and line breaks inside
 * quotes; CRLF, LF or CR line ends). Each record keeps the line it starts on, so a row error can
 * point at the line a spreadsheet shows. Blank lines are skipped. Hand-written rather than
 * csv-parse because that library reports the line a record ends on, not where it starts.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false; // the record has any content (a blank line is not a record)
  const endRecord = () => {
    if (touched) {
      cells.push(cell);
      if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    }
    cells = [];
    cell = '';
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      if (!touched) start = line;
      touched = true;
    } else if (c === delimiter) {
      if (!touched) start = line;
      touched = true;
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else {
      if (!touched) start = line;
      touched = true;
      cell += c;
    }
  }
  endRecord();
  return records;
}
