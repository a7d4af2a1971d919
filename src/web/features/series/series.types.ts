import type { AgendaRow, InteractionKind, PartnerLink, RelationshipLink } from '../interactions/interactions.types.js';
import type { PersonRef } from '../partners/partners.types.js';

export const RECURRENCES = ['weekly', 'monthly', 'quarterly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** How a series ends: it goes on until stopped, on a last date, or after a number of occurrences. */
export const SERIES_ENDS = ['never', 'until', 'count'] as const;
export type SeriesEnd = (typeof SERIES_ENDS)[number];

/** A recurring meeting: a schedule and a template; its occurrences are interactions with its `seriesId`. */
export interface MeetingSeries {
  id: string;
  version: number;
  recurrence: Recurrence;
  interval: number;
  startsAt: string;
  timeZone: string;
  durationMinutes: number | null;
  /** The last local date an occurrence may fall on. */
  until: string | null;
  count: number | null;
  kind: InteractionKind;
  subject: string;
  agenda: { title: string; notes: string }[];
  partners: PartnerLink[];
  relationships: RelationshipLink[];
  members: PersonRef[];
  people: PersonRef[];
  /** The next few starts (none once stopped or over). */
  nextOccurrences: string[];
  materializedUntil: string;
  stoppedAt: string | null;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
}

/** What the series form edits; the first occurrence is a wall-clock time in `timeZone`. */
export interface SeriesInput {
  subject: string;
  kind: InteractionKind;
  /** `YYYY-MM-DDTHH:mm` on the clock of `timeZone`. */
  localTime: string;
  timeZone: string;
  durationMinutes: number | null;
  recurrence: Recurrence;
  interval: number;
  end: SeriesEnd;
  /** `YYYY-MM-DD`, used when `end` is "until". */
  until: string;
  /** Used when `end` is "count". */
  count: number | null;
  agenda: AgendaRow[];
  partners: PartnerLink[];
  relationships: RelationshipLink[];
  memberIds: string[];
  people: PersonRef[];
}
