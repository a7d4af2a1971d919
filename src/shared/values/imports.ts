/** What an import creates: partners (CSV or vCard) or past interactions (CSV). */
export const IMPORT_TARGETS = ['partners', 'interactions'] as const;
/** Columns a partner file maps to. */
export const IMPORT_FIELDS = [
  'name',
  'type',
  'kinds',
  'email',
  'phone',
  'website',
  'address',
  'messenger',
  'country',
  'tags',
  'organization',
  'title',
  'business',
  'notes',
] as const;
/**
 * Columns a CSV of past interactions maps to; `date` and `partner` are required, `partner` may be several columns;
 * `end` (and `endTime`) give the duration from the start.
 */
export const INTERACTION_IMPORT_FIELDS = [
  'date',
  'time',
  'kind',
  'partner',
  'subject',
  'notes',
  'duration',
  'direction',
  'end',
  'endTime',
] as const;
/** Fields whose cells are dates, each column of which may need its day-month order settled. */
export const DATE_FIELDS = ['date', 'end'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type InteractionImportField = (typeof INTERACTION_IMPORT_FIELDS)[number];
/**
 * Single-byte encodings a file that is not UTF-8 may be read in, the default guess first: Western
 * and Central European, Cyrillic (Windows and KOI8-R) and Vietnamese Windows code pages.
 */
export const LEGACY_ENCODINGS = ['windows-1252', 'windows-1250', 'windows-1251', 'koi8-r', 'windows-1258'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];
/** How an uploaded file was read. */
export const FILE_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', ...LEGACY_ENCODINGS] as const;
export type FileEncoding = (typeof FILE_ENCODINGS)[number];
/** How the dates of a column are written: day first (3/4 is 3 April) or month first (3/4 is March 4). */
export const DATE_ORDERS = ['day_first', 'month_first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
/** What a column's dates say about their order: settled by a day above 12, open, or both ways in one column. */
export const DATE_ORDER_FINDINGS = ['day_first', 'month_first', 'ambiguous', 'mixed'] as const;
export type DateOrderFinding = (typeof DATE_ORDER_FINDINGS)[number];
