import type { Page } from '../../api/types.js';
import type { Stage, Tier } from '../relationships/relationships.types.js';

export const SCOPES = ['mine', 'team'] as const;
export type Scope = (typeof SCOPES)[number];

/** One relationship to get in touch with, as `GET …/keep-in-touch` lists it (highest priority first). */
export interface KeepInTouchItem {
  relationshipId: string;
  partnerId: string;
  partnerName: string;
  purpose: string;
  tier: Tier;
  stage: Stage;
  ownerId: string | null;
  ownerName: string | null;
  /** The effective cadence: the relationship's own, else its tier's. */
  cadenceDays: number;
  lastContactAt: string | null;
  nextContactDue: string;
  /** today − nextContactDue: 0 is due today, negative is due later this week. */
  overdueDays: number;
  priority: number;
  healthScore: number | null;
}

export interface KeepInTouchPage extends Page<KeepInTouchItem> {
  /** Over the whole list, not this page. */
  counts: { overdue: number; dueThisWeek: number };
}

/** A snooze of a relationship's reminders, as `GET …/snoozes` lists them (newest first). */
export interface Snooze {
  id: string;
  until: string;
  note: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  endedAt: string | null;
  endedByName: string | null;
  active: boolean;
}
