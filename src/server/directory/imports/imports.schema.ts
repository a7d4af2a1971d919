import { z } from 'zod';
import { IMPORT_FIELDS, INTERACTION_IMPORT_FIELDS } from './mapping.js';

/** What an import creates: partners (CSV or vCard) or past interactions (CSV). */
import {
  DATE_ORDER_FINDINGS,
  DATE_ORDERS,
  FILE_ENCODINGS,
  IMPORT_TARGETS,
  LEGACY_ENCODINGS,
} from '../../../shared/values/imports.js';

export { IMPORT_TARGETS };
/** Fields of either target; start checks that each belongs to the job's target. */
export const importField = z.enum([...new Set([...IMPORT_FIELDS, ...INTERACTION_IMPORT_FIELDS])] as [
  string,
  ...string[],
]);
export const mappingSchema = z.record(z.string().max(500), importField.nullable());

export const importRowErrorSchema = z.object({
  line: z.number(),
  field: z.string().nullable(),
  rule: z.string().nullable(),
  message: z.string(),
  params: z.record(z.string(), z.number()).optional(),
  column: z.string().optional().describe("The file's column the value came from, as its header names it"),
  value: z.string().optional().describe('The value refused or left out, quoted for the user'),
});

export const importSchema = z.object({
  id: z.string(),
  target: z.enum(IMPORT_TARGETS),
  filename: z.string(),
  format: z.enum(['csv', 'vcard']),
  encoding: z.enum(FILE_ENCODINGS).describe('How the file was read'),
  status: z.enum(['uploaded', 'running', 'done', 'failed', 'undone']),
  rowCount: z.number(),
  processed: z.number(),
  imported: z.number(),
  failed: z.number(),
  errors: z.array(importRowErrorSchema),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportView = z.infer<typeof importSchema>;

const legacyEncoding = z
  .enum(LEGACY_ENCODINGS)
  .describe('A single-byte encoding to read a file that is not UTF-8 in (default: the likeliest one)');

export const columnDatesSchema = z.object({
  column: z.string(),
  order: z
    .enum(DATE_ORDER_FINDINGS)
    .describe('day_first or month_first when a day above 12 settles it, ambiguous when not, mixed when both occur'),
  example: z.string().describe('A value of the column showing it (for mixed: one read day first)'),
  conflicting: z.string().optional().describe('For mixed: a value only month first reads'),
});

export const uploadResultSchema = z.object({
  id: z.string(),
  target: z.enum(IMPORT_TARGETS),
  format: z.enum(['csv', 'vcard']),
  encoding: z.enum(FILE_ENCODINGS).describe('How the file was read: UTF-8, UTF-16 by its BOM, or a likely code page'),
  encodings: z
    .array(z.enum(LEGACY_ENCODINGS))
    .describe('Encodings the file can be read in instead (empty for UTF-8 and UTF-16 files)'),
  columns: z.array(z.string()),
  preview: z.array(z.array(z.string())),
  rowCount: z.number(),
  suggestedMapping: mappingSchema,
  dates: z
    .array(columnDatesSchema)
    .describe('Columns holding dates like 3/4/2024, and what the file says of their order'),
});

export const uploadQuery = z
  .object({
    filename: z.string().trim().min(1).max(255).optional(),
    target: z.enum(IMPORT_TARGETS).default('partners'),
    encoding: legacyEncoding.optional(),
  })
  .strict();
export const previewQuery = z.object({ encoding: legacyEncoding.optional() }).strict();
export const startBody = z
  .object({
    mapping: mappingSchema.optional(),
    encoding: legacyEncoding.optional().describe("Read the file in this encoding (one of the upload's `encodings`)"),
    dateOrder: z
      .enum(DATE_ORDERS)
      .optional()
      .describe('How dates like 3/4/2024 are read where the file does not settle it; required then'),
  })
  .strict();
