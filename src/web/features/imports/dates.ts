import { DATE_FIELDS, type DateOrder } from '../../../shared/values/imports.js';
import type { Locale } from '../../api/index.js';
import type { ImportUpload, Mapping } from './imports.types.js';

export type ColumnDates = ImportUpload['dates'][number];

/**
 * The order offered first when a file does not settle it: month first in English (the app's
 * English is the US one for this question, as Outlook and Excel write there), day first in
 * Vietnamese, Russian and Persian, as dates are written in those countries.
 */
export function defaultDateOrder(locale: Locale): DateOrder {
  return locale === 'en' ? 'month_first' : 'day_first';
}

const isDateColumn = (mapping: Mapping, column: string) =>
  (DATE_FIELDS as readonly string[]).includes(mapping[column] ?? '');

/** The mapped date columns whose order the file leaves open, and those it has both ways. */
export function datesToSettle(upload: ImportUpload, mapping: Mapping): { open: ColumnDates[]; mixed: ColumnDates[] } {
  const mapped = upload.dates.filter((d) => isDateColumn(mapping, d.column));
  return { open: mapped.filter((d) => d.order === 'ambiguous'), mixed: mapped.filter((d) => d.order === 'mixed') };
}

/** Persian and Arabic-Indic digits as ASCII. */
const asciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));

/** An example like "3/4/2024 2:00 PM" as a `YYYY-MM-DD` day read in the given order, or null. */
export function readExample(example: string, order: DateOrder): string | null {
  const match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})/.exec(asciiDigits(example.trim()));
  if (!match) return null;
  const [first, second] = [match[1] ?? '', match[2] ?? ''];
  const [day, month] = order === 'day_first' ? [first, second] : [second, first];
  return `${match[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
