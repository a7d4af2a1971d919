import type { Schema } from '../../api/index.js';
import type { TIMELINE_TYPES } from '../../../shared/values/timeline.js';

export type TimelineType = (typeof TIMELINE_TYPES)[number];

/** An item of a timeline; `at` is where it sits on it. */
export type TimelineItem = Schema<'TimelineItem'>;
export type InteractionItem = Extract<TimelineItem, { type: 'interaction' | 'meeting' }>;
export type TaskItem = Extract<TimelineItem, { type: 'task' }>;
export type StageChangeItem = Extract<TimelineItem, { type: 'stage_change' }>;
export type AssessmentItem = Extract<TimelineItem, { type: 'value_assessment' }>;

export type TimelineScope = { type: 'partner' | 'relationship'; id: string };

export interface TimelineFilters {
  /** Empty: every type. */
  types: TimelineType[];
  memberId: string | null;
}
