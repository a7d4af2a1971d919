import type { Schema } from '../../api/index.js';
import type { PersonRef } from '../../shared/index.js';
import type { DIRECTIONS, INTERACTION_KINDS, SENTIMENTS } from '../../../shared/values/interactions.js';
import type { PartnerType } from '../partners/index.js';

export type InteractionKind = (typeof INTERACTION_KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Sentiment = (typeof SENTIMENTS)[number];

/** Notes and minutes come sanitised by the server: safe to render as HTML. */
export type Interaction = Schema<'Interaction'>;
export type ActionItem = Interaction['actionItems'][number];
export type PartnerLink = Interaction['partners'][number];
/** A linked relationship; its partner's type is known when picked in the form (the server's references omit it). */
export type RelationshipLink = Interaction['relationships'][number] & { partnerType?: PartnerType };

/** An agenda item in the form; saved ones keep their id. */
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
  /** A meeting's address or video link. */
  location: string;
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
