import { z } from 'zod';
import { dayField } from '../../relationships/relationships/index.js';

export const retentionQuery = z.object({ from: dayField.optional(), to: dayField.optional() }).strict();
export type RetentionQuery = z.infer<typeof retentionQuery>;

export const retentionSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number(),
  existing: z.number(),
  prospects: z.number(),
  /** Percent with one decimal; null when there was no interaction. */
  prospectShare: z.number().nullable(),
  threshold: z.number(),
  belowThreshold: z.boolean(),
});

export const retentionSettingsSchema = z.object({ prospectShareMin: z.number() });
export const retentionSettingsBody = z.object({ prospectShareMin: z.number().int().min(0).max(100) }).strict();
export type RetentionSettingsInput = z.infer<typeof retentionSettingsBody>;
