import { z } from 'zod';
import { DIRECTIONS, INTERACTION_KINDS, SENTIMENTS } from '../../../shared/values/interactions.js';
import { attachmentSchema } from '../attachments/index.js';
import { dayField, flag, personRef, timeZoneField } from '../../platform/http/index.js';
import { partnerRef } from '../../directory/partners/index.js';
import { relationshipRef } from '../../relationships/relationships/index.js';

export { dayField, flag, partnerRef, personRef, relationshipRef };

export { DIRECTIONS, INTERACTION_KINDS, SENTIMENTS };

/** Editor HTML; sanitised on write (rich-text.ts). */
export const richTextField = z.string().max(100_000);
export const instantField = z.iso.datetime({ offset: true });
export const idList = z.array(z.uuid()).max(100);
/** Where a meeting takes place: an address or a video link, as people write it. */
export const locationField = z.string().trim().max(500);

/** An agenda item; one sent with the id of an item of this meeting keeps that id. */
export const agendaInput = z
  .array(
    z
      .object({
        id: z.uuid().optional(),
        title: z.string().trim().min(1).max(500),
        notes: z.string().trim().max(5000).default(''),
      })
      .strict(),
  )
  .max(100);
const decisionsInput = z
  .array(z.object({ id: z.uuid().optional(), text: z.string().trim().min(1).max(5000) }).strict())
  .max(100);

/** A task created together with the meeting it comes from. */
export const actionItemInput = z
  .object({
    title: z.string().trim().min(1).max(500),
    notes: z.string().trim().max(5000).optional(),
    ownerId: z.uuid().optional(),
    dueOn: dayField.nullable().optional(),
  })
  .strict();

const editable = {
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: instantField,
  timeZone: timeZoneField,
  durationMinutes: z.number().int().min(0).max(20160).nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  subject: z.string().trim().max(500),
  location: locationField,
  notes: richTextField,
  sentiment: z.enum(SENTIMENTS).nullable(),
  isMeeting: z.boolean(),
  agenda: agendaInput,
  minutes: richTextField,
  decisions: decisionsInput,
  partnerIds: idList,
  relationshipIds: idList,
  memberIds: idList,
  personIds: idList,
};

export const createInteractionBody = z
  .object({
    ...z.object(editable).partial().shape,
    kind: editable.kind,
    actionItems: z.array(actionItemInput).max(50).optional(),
  })
  .strict();

export const updateInteractionBody = z
  .object(editable)
  .partial()
  .extend({ version: z.number().int().positive().optional() })
  .strict();

/**
 * Batch logging after an event: the same encounter with each of many people (or partners), one
 * interaction each. Fields as in createInteractionBody; each entry of `personIds` becomes an
 * interaction with that person as participant, each of `partnerIds` one concerning that partner.
 */
export const batchInteractionBody = z
  .object({
    kind: editable.kind.default('event_encounter'),
    occurredAt: editable.occurredAt.optional(),
    timeZone: editable.timeZone.optional(),
    durationMinutes: editable.durationMinutes.optional(),
    direction: editable.direction.optional(),
    subject: editable.subject.optional(),
    notes: editable.notes.optional(),
    sentiment: editable.sentiment.optional(),
    memberIds: editable.memberIds.optional(),
    personIds: z.array(z.uuid()).max(200).optional(),
    partnerIds: z.array(z.uuid()).max(200).optional(),
  })
  .strict();
export type BatchInteractionInput = z.infer<typeof batchInteractionBody>;

export type CreateInteractionInput = z.infer<typeof createInteractionBody>;
export type UpdateInteractionInput = z.infer<typeof updateInteractionBody>;
export type ActionItemInput = z.infer<typeof actionItemInput>;

export const actionItemSchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  owner: personRef.nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(['open', 'done']),
});

export const interactionSchema = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.enum(INTERACTION_KINDS),
  isMeeting: z.boolean(),
  occurredAt: z.string(),
  timeZone: z.string(),
  /** Later than now: planned, and not a contact yet. */
  planned: z.boolean(),
  durationMinutes: z.number().nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  subject: z.string(),
  /** An address or a video link; '' when not given. */
  location: z.string(),
  notes: z.string(),
  notesText: z.string(),
  sentiment: z.enum(SENTIMENTS).nullable(),
  agenda: z.array(z.object({ id: z.string(), title: z.string(), notes: z.string() })),
  minutes: z.string(),
  minutesText: z.string(),
  decisions: z.array(z.object({ id: z.string(), text: z.string() })),
  actionItems: z.array(actionItemSchema),
  partners: z.array(partnerRef),
  relationships: z.array(relationshipRef),
  members: z.array(personRef),
  people: z.array(personRef),
  /** Live attachments, oldest first (the file itself: `url`). */
  attachments: z.array(attachmentSchema),
  seriesId: z.string().nullable(),
  createdBy: personRef.nullable(),
  updatedBy: personRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type InteractionView = z.infer<typeof interactionSchema>;

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
/** A day in the caller's time zone, or an exact instant. */
const boundField = z.union([dayField, instantField]);

export const interactionListQuery = z
  .object({
    partner: z.uuid().optional(),
    relationship: z.uuid().optional(),
    member: z.uuid().optional(),
    kind: csv(z.enum(INTERACTION_KINDS)).optional(),
    meeting: flag.optional(),
    series: z.uuid().optional(),
    from: boundField.optional(),
    to: boundField.optional(),
    deleted: flag.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(1000).optional(),
  })
  .strict();
export type InteractionListQuery = z.infer<typeof interactionListQuery>;
