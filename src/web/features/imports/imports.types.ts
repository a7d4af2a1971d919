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
export type Mapping = Record<string, ImportField | null>;

export interface ImportUpload {
  id: string;
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
}

export interface ImportJob {
  id: string;
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
