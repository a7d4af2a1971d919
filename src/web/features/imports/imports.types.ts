import type { Schema } from '../../api/index.js';
import {
  IMPORT_FIELDS,
  INTERACTION_IMPORT_FIELDS,
  type ImportField,
  type ImportTarget,
  type InteractionImportField,
} from '../../../shared/values/imports.js';

export type { ImportField, ImportTarget, InteractionImportField };

/** The columns each kind of import maps to. */
export const FIELDS_OF: Record<ImportTarget, readonly string[]> = {
  partners: IMPORT_FIELDS,
  interactions: INTERACTION_IMPORT_FIELDS,
};

export type ImportUpload = Schema<'ImportUpload'>;
export type Mapping = ImportUpload['suggestedMapping'];
export type ImportJob = Schema<'Import'>;
export type ImportStatus = ImportJob['status'];
/** A refused row; `params` holds the numbers the rule's sentence needs, e.g. `maximum` of too_long. */
export type ImportRowError = ImportJob['errors'][number];
