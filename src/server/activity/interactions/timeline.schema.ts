import { z } from 'zod';
import { STAGES } from '../../relationships/relationships/index.js';
import { DIRECTIONS, INTERACTION_KINDS, SENTIMENTS, partnerRef, personRef } from './interactions.schema.js';

import { TIMELINE_TYPES } from '../../../shared/values/timeline.js';

export { TIMELINE_TYPES };
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export const timelineQuery = z
  .object({
    kind: z
      .string()
      .max(200)
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(TIMELINE_TYPES)).min(1).max(TIMELINE_TYPES.length))
      .optional(),
    member: z.uuid().optional(),
    /** Only items before this instant, e.g. now for the history without what is planned. */
    before: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type TimelineQuery = z.infer<typeof timelineQuery>;

/** Every item: what it is, when it sits on the timeline, and who did it. */
const base = { id: z.string(), at: z.string(), actor: personRef.nullable() };

const interactionFields = {
  ...base,
  kind: z.enum(INTERACTION_KINDS),
  title: z.string(),
  /** The start of the notes (or minutes) as plain text. */
  summary: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  planned: z.boolean(),
  partners: z.array(partnerRef),
  members: z.array(personRef),
  seriesId: z.string().nullable(),
  openActionItems: z.number(),
};

export const timelineItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('interaction'), ...interactionFields }),
  z.object({ type: z.literal('meeting'), ...interactionFields }),
  z.object({
    ...base,
    type: z.literal('task'),
    title: z.string(),
    status: z.enum(['open', 'done']),
    dueOn: z.string().nullable(),
    overdue: z.boolean(),
    owner: personRef.nullable(),
    completedAt: z.string().nullable(),
    interactionId: z.string().nullable(),
    relationshipId: z.string().nullable(),
  }),
  z.object({
    ...base,
    type: z.literal('stage_change'),
    relationshipId: z.string(),
    from: z.enum(STAGES).nullable(),
    to: z.enum(STAGES),
    direction: z.enum(['initial', 'forward', 'backward']),
    note: z.string().nullable(),
    reason: z.string().nullable(),
  }),
  z.object({
    ...base,
    type: z.literal('value_assessment'),
    relationshipId: z.string(),
    canWeHelp: z.number(),
    canWeHelpNote: z.string().nullable(),
    canTheyHelp: z.number(),
    canTheyHelpNote: z.string().nullable(),
    assessedOn: z.string(),
  }),
]);
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const timelinePageSchema = z.object({ items: z.array(timelineItemSchema), nextCursor: z.string().nullable() });
