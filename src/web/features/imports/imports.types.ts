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
export type ImportField = (typeof IMPORT_FIELDS)[number];

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
export type InteractionImportField = (typeof INTERACTION_IMPORT_FIELDS)[number];

/** What an import creates: partners (CSV or vCard) or past interactions (CSV). */
export const IMPORT_TARGETS = ['partners', 'interactions'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const FIELDS_OF: Record<ImportTarget, readonly string[]> = {
  partners: IMPORT_FIELDS,
  interactions: INTERACTION_IMPORT_FIELDS,
};

export type Mapping = Record<string, ImportField | InteractionImportField | null>;

export interface ImportUpload {
  id: string;
  target: ImportTarget;
  format: 'csv' | 'vcard';
  columns: string[];
  preview: string[][];
  rowCount: number;
  suggestedMapping: Mapping;
}

export type ImportStatus = 'uploaded' | 'running' | 'done' | 'failed' | 'undone';

export interface ImportRowError {
  line: number;
  field: string | null;
  rule: string | null;
  message: string;
  /** The numbers the rule's sentence needs, e.g. `maximum` of too_long. */
  params?: Record<string, number>;
}

export interface ImportJob {
  id: string;
  target: ImportTarget;
  filename: string;
  format: 'csv' | 'vcard';
  status: ImportStatus;
  rowCount: number;
  processed: number;
  imported: number;
  failed: number;
  errors: ImportRowError[];
  createdAt: string;
  finishedAt: string | null;
}
