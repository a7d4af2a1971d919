import { z } from 'zod';

export const healthComponentSchema = z.object({
  key: z.enum(['recency', 'frequency', 'reciprocity', 'sentiment', 'value']),
  weight: z.number(),
  points: z.number(),
  /** points − weight: 0 or negative, what the component costs the score. */
  contribution: z.number(),
  facts: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

export const healthSchema = z.object({
  score: z.number(),
  /** null: not stored yet (the score shown was computed for this answer). */
  computedAt: z.string().nullable(),
  drop30d: z.number(),
  components: z.array(healthComponentSchema),
  trend: z.array(z.object({ day: z.string(), score: z.number() })),
});
export type HealthView = z.infer<typeof healthSchema>;
