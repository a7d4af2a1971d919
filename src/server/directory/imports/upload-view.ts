import { AppError, fieldError } from '../../platform/core/index.js';
import type { ImportTarget } from '../../platform/db/index.js';
import { DATE_FIELDS, type DateOrder } from '../../../shared/values/imports.js';
import { findDateOrders } from './date-order.js';
import { decodeFile, type DecodedFile, type FileEncoding, LEGACY_ENCODINGS, type LegacyEncoding } from './encoding.js';
import type { SourceRow } from './rows.js';

const PREVIEW_ROWS = 10;

/** What the mapping step shows of a file: how it was read, its columns, a preview, and what its dates say. */
export function uploadView(
  job: { id: string; target: ImportTarget; format: 'csv' | 'vcard' },
  file: { encoding: FileEncoding; rereadable: boolean },
  source: { columns: string[]; rows: SourceRow[] },
  suggestedMapping: Record<string, string | null>,
) {
  const { columns, rows } = source;
  return {
    id: job.id,
    target: job.target,
    format: job.format,
    encoding: file.encoding,
    encodings: file.rereadable ? [...LEGACY_ENCODINGS] : [],
    columns,
    preview: rows.slice(0, PREVIEW_ROWS).map((r) => columns.map((_, i) => (r.values[i] ?? []).join('; '))),
    rowCount: rows.length,
    suggestedMapping,
    // Only a target with date fields asks about them (partners have none); vCard dates are ISO.
    dates: job.format === 'csv' && job.target !== 'partners' ? findDateOrders(columns, rows) : [],
  };
}

/**
 * The stored file read in the encoding asked for. Only a file first read in a single-byte code
 * page can be read in another: UTF-8 and UTF-16 say what they are.
 */
export function reread(
  file: { content: string; encoding: FileEncoding; raw: Buffer | null },
  asked: LegacyEncoding | undefined,
): DecodedFile {
  if (!asked || asked === file.encoding) return { text: file.content, encoding: file.encoding, raw: file.raw };
  if (!file.raw)
    throw fieldError(
      'encoding',
      'invalid_value',
      `The file is ${file.encoding.toUpperCase()} text and is read as such`,
    );
  return decodeFile(file.raw, asked);
}

const isDateField = (field: string | null | undefined) => (DATE_FIELDS as readonly string[]).includes(field ?? '');

/**
 * How the dates of each date column of the mapping are read: as the file settles it, else as the
 * user answered. Never guessed: a column with dates both ways is a 400 naming it and quoting one
 * of each, and an open order without an answer is a 400 asking for `dateOrder`.
 */
export function dateOrdersFor(
  mapping: Record<string, string | null>,
  source: { columns: string[]; rows: SourceRow[] },
  answer: DateOrder | undefined,
): Record<string, DateOrder> {
  const mapped = source.columns.filter((c) => isDateField(mapping[c]));
  const found = findDateOrders(mapped, mappedRows(source, mapped));
  const mixed = found.filter((d) => d.order === 'mixed');
  if (mixed.length) {
    throw new AppError('validation', 'A date column holds dates written both day first and month first', {
      errors: mixed.map((d) => ({
        path: `mapping.${d.column}`,
        rule: 'mixed_date_order',
        message: `"${d.example}" is day first but "${d.conflicting ?? ''}" is month first`,
      })),
    });
  }
  const open = found.filter((d) => d.order === 'ambiguous');
  if (open.length && !answer) {
    throw fieldError(
      'dateOrder',
      'required',
      `Say whether dates like "${open[0]?.example ?? ''}" are day first or month first: the file does not tell`,
    );
  }
  return Object.fromEntries(
    found.map((d) => [
      d.column,
      d.order === 'day_first' || d.order === 'month_first' ? d.order : (answer as DateOrder),
    ]),
  );
}

/** The rows with only the cells of the given columns, in their order. */
function mappedRows(source: { columns: string[]; rows: SourceRow[] }, mapped: string[]): SourceRow[] {
  const at = mapped.map((c) => source.columns.indexOf(c));
  return source.rows.map((r) => ({ line: r.line, values: at.map((i) => r.values[i] ?? []) }));
}
