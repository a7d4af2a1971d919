import { z } from 'zod';
import { timeZoneField } from '../../platform/http/index.js';
import {
  INTERACTION_KINDS,
  dayField,
  locationField,
  flag,
  idList,
  instantField,
  partnerRef,
  personRef,
  relationshipRef,
} from './interactions.schema.js';

import { RECURRENCES } from '../../../shared/values/series.js';

export { RECURRENCES };

const agendaTemplate = z
  .array(
    z.object({ title: z.string().trim().min(1).max(500), notes: z.string().trim().max(5000).default('') }).strict(),
  )
  .max(100);

const editable = {
  recurrence: z.enum(RECURRENCES),
  /** Every n weeks, months or quarters. */
  interval: z.number().int().min(1).max(12),
  /** The first occurrence; later ones keep its local time of day in timeZone. */
  startsAt: instantField,
  timeZone: timeZoneField,
  durationMinutes: z.number().int().min(0).max(1440).nullable(),
  /** The last local date an occurrence may fall on. */
  until: dayField.nullable(),
  /** How many occurrences in all, the first included. */
  count: z.number().int().min(1).max(1000).nullable(),
  kind: z.enum(INTERACTION_KINDS),
  subject: z.string().trim().min(1).max(500),
  location: locationField,
  agenda: agendaTemplate,
  memberIds: idList,
  partnerIds: idList,
  relationshipIds: idList,
  personIds: idList,
};

export const createSeriesBody = z
  .object({
    ...z.object(editable).partial().shape,
    recurrence: editable.recurrence,
    startsAt: editable.startsAt,
    subject: editable.subject,
  })
  .strict();

export const updateSeriesBody = z
  .object(editable)
  .partial()
  .extend({ version: z.number().int().positive().optional() })
  .strict();

export const stopSeriesBody = z.object({ version: z.number().int().positive().optional() }).strict();

export type CreateSeriesInput = z.infer<typeof createSeriesBody>;
export type UpdateSeriesInput = z.infer<typeof updateSeriesBody>;

export const seriesSchema = z.object({
  id: z.string(),
  version: z.number(),
  recurrence: z.enum(RECURRENCES),
  interval: z.number(),
  startsAt: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().nullable(),
  until: z.string().nullable(),
  count: z.number().nullable(),
  kind: z.enum(INTERACTION_KINDS),
  subject: z.string(),
  /** The occurrences' place: an address or a video link; '' when not given. */
  location: z.string(),
  agenda: z.array(z.object({ title: z.string(), notes: z.string() })),
  partners: z.array(partnerRef),
  relationships: z.array(relationshipRef),
  members: z.array(personRef),
  people: z.array(personRef),
  /** The next few scheduled starts (none once stopped or over). */
  nextOccurrences: z.array(z.string()),
  /** Occurrences exist up to here; the materialiser keeps it about 90 days ahead. */
  materializedUntil: z.string(),
  stoppedAt: z.string().nullable(),
  createdBy: personRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SeriesView = z.infer<typeof seriesSchema>;

export const seriesListQuery = z
  .object({
    partner: z.uuid().optional(),
    relationship: z.uuid().optional(),
    stopped: flag.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type SeriesListQuery = z.infer<typeof seriesListQuery>;
