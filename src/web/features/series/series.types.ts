import type { Schema } from '../../api/index.js';
import type { PersonRef } from '../../shared/index.js';
import type { RECURRENCES } from '../../../shared/values/series.js';
import type { AgendaRow, InteractionKind, PartnerLink, RelationshipLink } from '../interactions/index.js';

export type Recurrence = (typeof RECURRENCES)[number];

/** How the form says a series ends: it goes on until stopped, on a last date, or after a number of occurrences. */
export const SERIES_ENDS = ['never', 'until', 'count'] as const;
export type SeriesEnd = (typeof SERIES_ENDS)[number];

/** A recurring meeting: a schedule and a template; its occurrences are interactions with its `seriesId`. */
export type MeetingSeries = Schema<'MeetingSeries'>;

/** What the series form edits; the first occurrence is a wall-clock time in `timeZone`. */
export interface SeriesInput {
  subject: string;
  /** The occurrences' address or video link. */
  location: string;
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
