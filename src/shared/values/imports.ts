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
/** Columns a CSV of past interactions maps to; `date` and `partner` are required, `partner` may be several columns. */
export const INTERACTION_IMPORT_FIELDS = [
  'date',
  'time',
  'kind',
  'partner',
  'subject',
  'notes',
  'duration',
  'direction',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type InteractionImportField = (typeof INTERACTION_IMPORT_FIELDS)[number];
