import { z } from 'zod';
import { limitSchema } from '../../platform/http/index.js';
import { dayField, STAGES, TIERS } from '../../relationships/relationships/index.js';

export const keepInTouchQuery = z
  .object({
    scope: z.enum(['mine', 'team']).default('mine'),
    limit: limitSchema,
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type KeepInTouchQuery = z.infer<typeof keepInTouchQuery>;

export const keepInTouchItemSchema = z.object({
  relationshipId: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  purpose: z.string(),
  tier: z.enum(TIERS),
  stage: z.enum(STAGES),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** The effective cadence. */
  cadenceDays: z.number(),
  lastContactAt: z.string().nullable(),
  nextContactDue: z.string(),
  /** today − nextContactDue: 0 due today, negative due later this week. */
  overdueDays: z.number(),
  priority: z.number(),
  healthScore: z.number().nullable(),
});

export const keepInTouchPageSchema = z.object({
  items: z.array(keepInTouchItemSchema),
  nextCursor: z.string().nullable(),
  counts: z.object({ overdue: z.number(), dueThisWeek: z.number() }),
});

export const snoozeBody = z.object({ until: dayField, note: z.string().trim().max(2000).optional() }).strict();
export type SnoozeInput = z.infer<typeof snoozeBody>;

export const snoozeSchema = z.object({
  id: z.string(),
  until: z.string(),
  note: z.string(),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  endedByName: z.string().nullable(),
  /** Not ended and `until` is today or later (the caller's calendar). */
  active: z.boolean(),
});
export type SnoozeView = z.infer<typeof snoozeSchema>;
