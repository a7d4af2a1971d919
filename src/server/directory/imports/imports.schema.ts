import { z } from 'zod';
import { IMPORT_FIELDS, INTERACTION_IMPORT_FIELDS } from './mapping.js';

/** What an import creates: partners (CSV or vCard) or past interactions (CSV). */
import { IMPORT_TARGETS } from '../../../shared/values/imports.js';

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

export const uploadResultSchema = z.object({
  id: z.string(),
  target: z.enum(IMPORT_TARGETS),
  format: z.enum(['csv', 'vcard']),
  columns: z.array(z.string()),
  preview: z.array(z.array(z.string())),
  rowCount: z.number(),
  suggestedMapping: mappingSchema,
});

export const uploadQuery = z
  .object({
    filename: z.string().trim().min(1).max(255).optional(),
    target: z.enum(IMPORT_TARGETS).default('partners'),
  })
  .strict();
export const startBody = z.object({ mapping: mappingSchema.optional() }).strict();
