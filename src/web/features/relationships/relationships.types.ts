import type { Kind, PartnerType, PersonRef } from '../partners/partners.types.js';

export const STAGES = ['formation', 'planning', 'engagement', 'results', 'realization'] as const;
export type Stage = (typeof STAGES)[number];

export const TIERS = ['inner_circle', 'active', 'occasional', 'dormant'] as const;
export type Tier = (typeof TIERS)[number];

export const STATUSES = ['active', 'paused', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

export interface PartnerRef {
  id: string;
  name: string;
  type: PartnerType;
}

export interface TeamMember {
  userId: string;
  name: string;
  role: string;
}

export interface ValueSnapshot {
  canWeHelp: number;
  canTheyHelp: number;
  assessedOn: string;
}

export interface ChecklistItem {
  id: string;
  /** A shipped item's translation key (`formation.needs_analysis`), else null. */
  key: string | null;
  /** A custom item's text, else null. */
  label: string | null;
  done: boolean;
  doneAt: string | null;
  doneBy: PersonRef | null;
}

export interface Relationship {
  id: string;
  version: number;
  partner: PartnerRef;
  purpose: string;
  kinds: Kind[];
  owner: PersonRef | null;
  team: TeamMember[];
  stage: Stage;
  stageEnteredAt: string;
  tier: Tier;
  cadenceDays: number | null;
  effectiveCadenceDays: number;
  lastContactAt: string | null;
  nextContactDue: string;
  overdue: boolean;
  value: ValueSnapshot | null;
  oneSided: boolean;
  /** 0–100; null until first computed. */
  healthScore?: number | null;
  /** In lists: the highest score of the last 30 days minus the current one. */
  healthDrop30d?: number | null;
  /** The last day of a live snooze, else null. */
  snoozedUntil?: string | null;
  status: Status;
  endReason: string | null;
  startedOn: string | null;
  endedOn: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  /** Only in the detail answer: the current stage's checklist. */
  checklist?: ChecklistItem[];
}

/** A relationship as the board shows it. */
export interface Card {
  id: string;
  version: number;
  partner: PartnerRef;
  owner: PersonRef | null;
  stage: Stage;
  tier: Tier;
  oneSided: boolean;
  overdue: boolean;
  nextContactDue: string;
  value: ValueSnapshot | null;
}

/** The editable fields: the body of POST /relationships (with partnerId) and PATCH. */
export interface RelationshipInput {
  purpose: string;
  kinds: Kind[];
  ownerId: string | null;
  team: { userId: string; role: string }[];
  tier: Tier;
  cadenceDays: number | null;
  status: Status;
  endReason: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

export interface SkippedItem {
  id: string;
  key: string | null;
  label: string | null;
  stage: Stage;
}

export interface StageHistoryEntry {
  id: string;
  from: Stage | null;
  to: Stage;
  direction: 'initial' | 'forward' | 'backward';
  note: string | null;
  reason: string | null;
  skippedItems: SkippedItem[];
  changedBy: PersonRef | null;
  changedAt: string;
}

export interface ValueAssessment {
  id: string;
  canWeHelp: number;
  canWeHelpNote: string | null;
  canTheyHelp: number;
  canTheyHelpNote: string | null;
  assessedOn: string;
  assessedBy: PersonRef | null;
  createdAt: string;
}

export interface AssessmentInput {
  canWeHelp: number;
  canWeHelpNote: string;
  canTheyHelp: number;
  canTheyHelpNote: string;
  assessedOn: string;
}

export interface SettingsItem {
  id: string;
  key: string | null;
  label: string | null;
}

export interface RelationshipSettings {
  tiers: { tier: Tier; cadenceDays: number; defaultCadenceDays: number }[];
  checklists: Record<Stage, SettingsItem[]>;
}

export interface StageFigures {
  stage: Stage;
  count: number;
  medianDays: number | null;
  entered: number;
  advanced: number;
  conversion: number | null;
}

export interface Analytics {
  from: string;
  to: string;
  stages: StageFigures[];
}
