import type { DateOrder, DateOrderFinding } from '../../../shared/values/imports.js';
import type { SourceRow } from './rows.js';

/** A column's dates: what they say about their order, a value showing it, and for `mixed` one read the other way. */
export type ColumnDates = { column: string; order: DateOrderFinding; example: string; conflicting?: string };

/**
 * A date of numbers with slashes or dashes, year last (3/4/2024, 03-04-2024 14:00): the two
 * numbers before the year are a day and a month in an order only the file can tell. Dots
 * (10.03.2026) are day first wherever they are written, so they do not ask.
 */
const TWO_WAY_DATE = /^(\d{1,2})([/-])(\d{1,2})\2\d{4}(?:$|[ T,])/;

/** Persian and Arabic-Indic digits as ASCII, so "۳/۴/۲۰۲۴" is judged like "3/4/2024". */
const asciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));

/** Which order one value proves: a first number above 12 is a day, a second above 12 is a day too. */
function orderOf(value: string): DateOrder | 'either' | undefined {
  const match = TWO_WAY_DATE.exec(asciiDigits(value.trim()));
  if (!match) return undefined;
  if (Number(match[1]) > 12) return 'day_first';
  if (Number(match[3]) > 12) return 'month_first';
  return 'either';
}

/** What one column's values say about their order; undefined when none is a two-way date. */
function columnDates(column: string, values: string[]): ColumnDates | undefined {
  const proof = new Map<DateOrder, string>();
  let example: string | undefined;
  for (const value of values) {
    const order = orderOf(value);
    if (!order) continue;
    example ??= value.trim();
    if (order !== 'either' && !proof.has(order)) proof.set(order, value.trim());
  }
  if (example === undefined) return undefined;
  const dayFirst = proof.get('day_first');
  const monthFirst = proof.get('month_first');
  if (dayFirst !== undefined && monthFirst !== undefined)
    return { column, order: 'mixed', example: dayFirst, conflicting: monthFirst };
  if (dayFirst !== undefined) return { column, order: 'day_first', example: dayFirst };
  if (monthFirst !== undefined) return { column, order: 'month_first', example: monthFirst };
  return { column, order: 'ambiguous', example };
}

/**
 * Per column of the file whose cells hold dates like 3/4/2024: whether a day above 12 settles
 * their order, whether it is still open, or whether the column has it both ways. Every row is
 * read, so the answer does not depend on which rows a preview shows.
 */
export function findDateOrders(columns: string[], rows: SourceRow[]): ColumnDates[] {
  return columns.flatMap(
    (column, i) =>
      columnDates(
        column,
        rows.flatMap((r) => r.values[i] ?? []),
      ) ?? [],
  );
}
