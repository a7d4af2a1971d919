import type { Schema } from '../../api/index.js';
import type { STAGES, STATUSES, TIERS } from '../../../shared/values/relationships.js';
import type { Kind } from '../partners/index.js';

export type Stage = (typeof STAGES)[number];
export type Tier = (typeof TIERS)[number];
export type Status = (typeof STATUSES)[number];

export type Relationship = Schema<'Relationship'>;
export type PartnerRef = Relationship['partner'];
export type TeamMember = Relationship['team'][number];
export type ValueSnapshot = NonNullable<Relationship['value']>;
export type ChecklistItem = Schema<'ChecklistItem'>;
/** A relationship as the board shows it. */
export type Card = Schema<'RelationshipBoard'>['columns'][number]['items'][number];
export type StageHistoryEntry = Schema<'StageChange'>;
/** An open checklist item of a refused forward move (409 `checklist_incomplete`) or a skipped one of a move. */
export type SkippedItem = StageHistoryEntry['skippedItems'][number];
export type ValueAssessment = Schema<'ValueAssessment'>;
export type RelationshipSettings = Schema<'RelationshipSettings'>;
export type SettingsItem = RelationshipSettings['checklists'][Stage][number];
export type Analytics = Schema<'RelationshipAnalytics'>;
export type StageFigures = Analytics['stages'][number];

/** What the relationship form edits: the body of POST /relationships (with partnerId) and PATCH. */
export interface RelationshipInput {
  purpose: string;
  kinds: Kind[];
  ownerId: string | null;
  team: Pick<TeamMember, 'userId' | 'role'>[];
  tier: Tier;
  cadenceDays: number | null;
  status: Status;
  endReason: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

/** What the value assessment form edits (notes left blank are not sent). */
export interface AssessmentInput {
  canWeHelp: number;
  canWeHelpNote: string;
  canTheyHelp: number;
  canTheyHelpNote: string;
  assessedOn: string;
}
