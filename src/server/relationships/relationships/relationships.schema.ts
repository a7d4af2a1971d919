import { z } from 'zod';
import { KINDS, PARTNER_TYPES } from '../../directory/partners/index.js';
import { STAGES, STATUSES, TIERS } from './values.js';
import { dayField } from '../../platform/http/index.js';

export { dayField };

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
const teamInput = z
  .array(z.object({ userId: z.uuid(), role: z.string().trim().max(100).default('') }).strict())
  .max(50);

const editable = {
  purpose: z.string().trim().max(2000),
  kinds: z.array(z.enum(KINDS)).max(KINDS.length),
  ownerId: z.uuid().nullable(),
  team: teamInput,
  tier: z.enum(TIERS),
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
  status: z.enum(STATUSES),
  // Checked against the status by the service: required when ended, refused otherwise.
  endReason: z.string().trim().max(2000).nullable(),
  startedOn: dayField.nullable(),
  endedOn: dayField.nullable(),
};

export const createRelationshipBody = z
  .object({
    partnerId: z.uuid(),
    ...z.object(editable).partial().shape,
    stage: z.enum(STAGES).default('formation'),
    tier: editable.tier.default('active'),
    status: editable.status.default('active'),
  })
  .strict();

export const updateRelationshipBody = z
  .object(editable)
  .partial()
  .extend({ version: z.number().int().positive().optional() })
  .strict();

export type CreateRelationshipInput = z.infer<typeof createRelationshipBody>;
export type UpdateRelationshipInput = z.infer<typeof updateRelationshipBody>;

const person = z.object({ id: z.string(), name: z.string() });
export const partnerRefSchema = z.object({ id: z.string(), name: z.string(), type: z.enum(PARTNER_TYPES) });
export const valueSchema = z.object({ canWeHelp: z.number(), canTheyHelp: z.number(), assessedOn: z.string() });
export const checklistEntrySchema = z.object({
  id: z.string(),
  key: z.string().nullable(),
  label: z.string().nullable(),
});
export const checklistItemSchema = checklistEntrySchema.extend({
  done: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: person.nullable(),
});

export const relationshipSchema = z.object({
  id: z.string(),
  version: z.number(),
  partner: partnerRefSchema,
  purpose: z.string(),
  kinds: z.array(z.string()),
  owner: person.nullable(),
  team: z.array(z.object({ userId: z.string(), name: z.string(), role: z.string() })),
  stage: z.enum(STAGES),
  stageEnteredAt: z.string(),
  tier: z.enum(TIERS),
  cadenceDays: z.number().nullable(),
  effectiveCadenceDays: z.number(),
  lastContactAt: z.string().nullable(),
  nextContactDue: z.string(),
  overdue: z.boolean(),
  value: valueSchema.nullable(),
  oneSided: z.boolean(),
  status: z.enum(STATUSES),
  endReason: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** The live snooze's last day (the caller's calendar), else null. */
  snoozedUntil: z.string().nullable(),
  /** 0–100; null until first computed. */
  healthScore: z.number().nullable(),
  /** Highest score of the last 30 days minus the current one (0 when it did not fall). */
  healthDrop30d: z.number().nullable(),
  checklist: z.array(checklistItemSchema).optional(),
});
export type RelationshipView = z.infer<typeof relationshipSchema>;

export const cardSchema = relationshipSchema.pick({
  id: true,
  version: true,
  partner: true,
  owner: true,
  stage: true,
  tier: true,
  oneSided: true,
  overdue: true,
  nextContactDue: true,
  value: true,
});
export type Card = z.infer<typeof cardSchema>;

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50));
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Filters shared by the list and the board. */
export const relationshipFilters = z.object({
  stage: csv(z.enum(STAGES)).optional(),
  tier: csv(z.enum(TIERS)).optional(),
  status: csv(z.enum(STATUSES)).optional(),
  kind: csv(z.enum(KINDS)).optional(),
  tag: csv(z.uuid()).optional(),
  owner: z.uuid().optional(),
  partner: z.uuid().optional(),
  oneSided: flag.optional(),
  overdue: flag.optional(),
  q: z.string().trim().max(200).optional(),
});
export type RelationshipFilters = z.infer<typeof relationshipFilters>;

import { SORTS } from '../../../shared/values/relationships.js';

export { SORTS };
export type Sort = (typeof SORTS)[number];

export const relationshipListQuery = relationshipFilters
  .extend({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(1000).optional(),
    sort: z.enum(SORTS).default('partner'),
    deleted: flag.optional(),
  })
  .strict();
export type RelationshipListQuery = z.infer<typeof relationshipListQuery>;

export const boardQuery = relationshipFilters
  .extend({
    groupBy: z.enum(['stage', 'tier']).default('stage'),
    perColumn: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type BoardQuery = z.infer<typeof boardQuery>;

export const boardSchema = z.object({
  groupBy: z.enum(['stage', 'tier']),
  columns: z.array(
    z.object({ key: z.string(), count: z.number(), items: z.array(cardSchema), nextCursor: z.string().nullable() }),
  ),
});

export const stageMoveBody = z
  .object({
    to: z.enum(STAGES),
    version: z.number().int().positive().optional(),
    note: z.string().trim().max(2000).optional(),
    reason: z.string().trim().max(2000).optional(),
    confirmSkipped: z.boolean().optional(),
  })
  .strict();
export type StageMoveInput = z.infer<typeof stageMoveBody>;

export const skippedItemSchema = checklistEntrySchema.extend({ stage: z.enum(STAGES) });
export const stageChangeSchema = z.object({
  id: z.string(),
  from: z.enum(STAGES).nullable(),
  to: z.enum(STAGES),
  direction: z.enum(['initial', 'forward', 'backward']),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  skippedItems: z.array(skippedItemSchema),
  changedBy: person.nullable(),
  changedAt: z.string(),
});

export const assessmentBody = z
  .object({
    canWeHelp: z.number().int().min(1).max(5),
    canWeHelpNote: z.string().trim().max(2000).nullable().optional(),
    canTheyHelp: z.number().int().min(1).max(5),
    canTheyHelpNote: z.string().trim().max(2000).nullable().optional(),
    assessedOn: dayField.optional(),
  })
  .strict();
export type AssessmentInput = z.infer<typeof assessmentBody>;

export const assessmentSchema = z.object({
  id: z.string(),
  canWeHelp: z.number(),
  canWeHelpNote: z.string().nullable(),
  canTheyHelp: z.number(),
  canTheyHelpNote: z.string().nullable(),
  assessedOn: z.string(),
  assessedBy: person.nullable(),
  createdAt: z.string(),
});

export const settingsSchema = z.object({
  tiers: z.array(z.object({ tier: z.enum(TIERS), cadenceDays: z.number(), defaultCadenceDays: z.number() })),
  checklists: z.object(
    Object.fromEntries(STAGES.map((s) => [s, z.array(checklistEntrySchema)])) as Record<
      (typeof STAGES)[number],
      z.ZodArray<typeof checklistEntrySchema>
    >,
  ),
});

export const tierSettingsBody = z
  .object({
    // null goes back to the default cadence.
    tiers: z
      .array(z.object({ tier: z.enum(TIERS), cadenceDays: z.number().int().min(1).max(3650).nullable() }).strict())
      .min(1)
      .max(TIERS.length),
  })
  .strict();
export type TierSettingsInput = z.infer<typeof tierSettingsBody>;

export const checklistSettingsBody = z
  .object({
    items: z
      .array(
        z
          .object({
            id: z.string().min(1).max(100).optional(),
            label: z.string().trim().max(500).nullable().optional(),
          })
          .strict(),
      )
      .max(30),
  })
  .strict();
export type ChecklistSettingsInput = z.infer<typeof checklistSettingsBody>;

export const analyticsQuery = z
  .object({ from: dayField.optional(), to: dayField.optional(), owner: z.uuid().optional() })
  .strict();
export type AnalyticsQuery = z.infer<typeof analyticsQuery>;

export const analyticsSchema = z.object({
  from: z.string(),
  to: z.string(),
  stages: z.array(
    z.object({
      stage: z.enum(STAGES),
      count: z.number(),
      medianDays: z.number().nullable(),
      entered: z.number(),
      advanced: z.number(),
      conversion: z.number().nullable(),
    }),
  ),
});

/** A relationship named in another resource. */
export const relationshipRef = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  purpose: z.string(),
});
