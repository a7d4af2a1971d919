import type { Attachment } from '../attachments/attachments.types.js';
import type { PartnerType, PersonRef } from '../partners/partners.types.js';

export const INTERACTION_KINDS = [
  'email',
  'phone_call',
  'video_call',
  'meeting',
  'message',
  'event_encounter',
  'site_visit',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const DIRECTIONS = ['outbound', 'inbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export interface PartnerLink {
  id: string;
  name: string;
  type: PartnerType;
}

export interface RelationshipLink {
  id: string;
  partnerId: string;
  partnerName: string;
  purpose: string;
  /** Known when picked in the form; the server's references leave it out. */
  partnerType?: PartnerType;
}

export interface ActionItem {
  id: string;
  version: number;
  title: string;
  owner: PersonRef | null;
  dueOn: string | null;
  status: 'open' | 'done';
}

export interface Interaction {
  id: string;
  version: number;
  kind: InteractionKind;
  isMeeting: boolean;
  occurredAt: string;
  timeZone: string;
  planned: boolean;
  durationMinutes: number | null;
  direction: Direction | null;
  subject: string;
  /** Sanitised by the server: safe to render as HTML. */
  notes: string;
  notesText: string;
  sentiment: Sentiment | null;
  agenda: { id: string; title: string; notes: string }[];
  /** Sanitised by the server: safe to render as HTML. */
  minutes: string;
  minutesText: string;
  decisions: { id: string; text: string }[];
  actionItems: ActionItem[];
  partners: PartnerLink[];
  relationships: RelationshipLink[];
  members: PersonRef[];
  people: PersonRef[];
  seriesId: string | null;
  /** Live attachments, oldest first. */
  attachments: Attachment[];
  createdBy: PersonRef | null;
  updatedBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface AgendaRow {
  id?: string;
  title: string;
  notes: string;
}

export interface DecisionRow {
  id?: string;
  text: string;
}

export interface ActionItemRow {
  title: string;
  ownerId: string | null;
  dueOn: string;
}

/** What the form edits. Dates are local to `timeZone`; rich text is editor HTML. */
export interface InteractionInput {
  kind: InteractionKind;
  isMeeting: boolean;
  /** `YYYY-MM-DDTHH:mm` on the clock of `timeZone`. */
  localTime: string;
  timeZone: string;
  durationMinutes: number | null;
  direction: Direction | null;
  subject: string;
  notes: string;
  sentiment: Sentiment | null;
  agenda: AgendaRow[];
  minutes: string;
  decisions: DecisionRow[];
  partners: PartnerLink[];
  relationships: RelationshipLink[];
  memberIds: string[];
  people: PersonRef[];
  /** Only when logging: they become tasks. */
  actionItems: ActionItemRow[];
}

/** What can be filled in before the form opens (the page it is opened from, or a calendar day). */
export interface InteractionPrefill {
  partners?: PartnerLink[];
  relationships?: RelationshipLink[];
  /** `YYYY-MM-DDTHH:mm` on the user's clock (a day picked on the calendar). */
  localTime?: string;
  kind?: InteractionKind;
}
