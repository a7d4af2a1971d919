import { z } from 'zod';
import { INTERACTION_KINDS } from '../../../shared/values/interactions.js';
import { dayField, flag, personRef } from '../../platform/http/index.js';
import { partnerRef } from '../../directory/partners/index.js';
import { relationshipRef } from '../../relationships/relationships/index.js';

import { DUE_BUCKETS, TASK_STATUSES } from '../../../shared/values/tasks.js';

export { DUE_BUCKETS, TASK_STATUSES };
/** Buckets of "My tasks", in the caller's time zone; they do not overlap. */
export type DueBucket = (typeof DUE_BUCKETS)[number];

const editable = {
  title: z.string().trim().min(1).max(500),
  notes: z.string().trim().max(5000),
  ownerId: z.uuid(),
  dueOn: dayField.nullable(),
  status: z.enum(TASK_STATUSES),
  interactionId: z.uuid().nullable(),
  relationshipId: z.uuid().nullable(),
  partnerId: z.uuid().nullable(),
};

export const createTaskBody = z.object({ ...z.object(editable).partial().shape, title: editable.title }).strict();

export const updateTaskBody = z
  .object(editable)
  .partial()
  .extend({ version: z.number().int().positive().optional() })
  .strict();

export type CreateTaskInput = z.infer<typeof createTaskBody>;
export type UpdateTaskInput = z.infer<typeof updateTaskBody>;

export const taskSchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  notes: z.string(),
  owner: personRef.nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  /** Open and due before today in the caller's time zone. */
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
  completedBy: personRef.nullable(),
  interaction: z
    .object({ id: z.string(), kind: z.enum(INTERACTION_KINDS), subject: z.string(), occurredAt: z.string() })
    .nullable(),
  relationship: relationshipRef.nullable(),
  partner: partnerRef.nullable(),
  createdBy: personRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type TaskView = z.infer<typeof taskSchema>;

export const taskListQuery = z
  .object({
    mine: flag.optional(),
    owner: z.uuid().optional(),
    status: z.enum(TASK_STATUSES).optional(),
    due: z.enum(DUE_BUCKETS).optional(),
    interaction: z.uuid().optional(),
    relationship: z.uuid().optional(),
    partner: z.uuid().optional(),
    deleted: flag.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(1000).optional(),
  })
  .strict();
export type TaskListQuery = z.infer<typeof taskListQuery>;
