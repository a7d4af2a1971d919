import type { PersonRef } from '../partners/partners.types.js';
import type { InteractionKind, PartnerLink, RelationshipLink } from '../interactions/interactions.types.js';

export type TaskStatus = 'open' | 'done';

/** The server's buckets of "My tasks", in the caller's calendar. */
export const DUE_BUCKETS = ['overdue', 'today', 'week', 'later'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

export interface Task {
  id: string;
  version: number;
  title: string;
  notes: string;
  owner: PersonRef | null;
  dueOn: string | null;
  status: TaskStatus;
  overdue: boolean;
  completedAt: string | null;
  completedBy: PersonRef | null;
  interaction: { id: string; kind: InteractionKind; subject: string; occurredAt: string } | null;
  relationship: RelationshipLink | null;
  partner: PartnerLink | null;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** Whose tasks a list shows: the caller's, or one member's. */
export type TaskOwner = { mine: true } | { ownerId: string };

/** The body of POST /tasks. */
export interface TaskInput {
  title: string;
  notes: string;
  ownerId: string | null;
  dueOn: string;
  partner: PartnerLink | null;
  relationship: RelationshipLink | null;
}
