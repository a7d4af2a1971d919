import type { PersonRef } from '../partners/partners.types.js';
import type { Stage } from '../relationships/relationships.types.js';
import type { Direction, InteractionKind, PartnerLink, Sentiment } from '../interactions/interactions.types.js';

export const TIMELINE_TYPES = ['interaction', 'meeting', 'task', 'stage_change', 'value_assessment'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

interface Base {
  id: string;
  /** Where the item sits on the timeline. */
  at: string;
  actor: PersonRef | null;
}

export interface InteractionItem extends Base {
  type: 'interaction' | 'meeting';
  kind: InteractionKind;
  title: string;
  summary: string;
  timeZone: string;
  durationMinutes: number | null;
  direction: Direction | null;
  sentiment: Sentiment | null;
  planned: boolean;
  partners: PartnerLink[];
  members: PersonRef[];
  seriesId: string | null;
  openActionItems: number;
}

export interface TaskItem extends Base {
  type: 'task';
  title: string;
  status: 'open' | 'done';
  dueOn: string | null;
  overdue: boolean;
  owner: PersonRef | null;
  completedAt: string | null;
  interactionId: string | null;
  relationshipId: string | null;
}

export interface StageChangeItem extends Base {
  type: 'stage_change';
  relationshipId: string;
  from: Stage | null;
  to: Stage;
  direction: 'initial' | 'forward' | 'backward';
  note: string | null;
  reason: string | null;
}

export interface AssessmentItem extends Base {
  type: 'value_assessment';
  relationshipId: string;
  canWeHelp: number;
  canWeHelpNote: string | null;
  canTheyHelp: number;
  canTheyHelpNote: string | null;
  assessedOn: string;
}

export type TimelineItem = InteractionItem | TaskItem | StageChangeItem | AssessmentItem;

export type TimelineScope = { type: 'partner' | 'relationship'; id: string };

export interface TimelineFilters {
  /** Empty: every type. */
  types: TimelineType[];
  memberId: string | null;
}
