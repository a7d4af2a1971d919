import type { Schema } from '../../api/index.js';
import type { DUE_BUCKETS, TASK_STATUSES } from '../../../shared/values/tasks.js';
import type { PartnerLink, RelationshipLink } from '../interactions/index.js';

export type TaskStatus = (typeof TASK_STATUSES)[number];
/** The server's buckets of "My tasks", in the caller's calendar. */
export type DueBucket = (typeof DUE_BUCKETS)[number];

export type Task = Schema<'Task'>;

/** Whose tasks a list shows: the caller's, or one member's. */
export type TaskOwner = { mine: true } | { ownerId: string };

/** What the new task form edits. */
export interface TaskInput {
  title: string;
  notes: string;
  ownerId: string | null;
  dueOn: string;
  partner: PartnerLink | null;
  relationship: RelationshipLink | null;
}
