import { z } from 'zod';
import { INTERACTION_KINDS } from '../../../shared/values/interactions.js';
import { STAGES } from '../../../shared/values/relationships.js';
import { TASK_STATUSES } from '../../../shared/values/tasks.js';

export const SEARCH_RESULT_TYPES = ['organization', 'person', 'relationship', 'interaction', 'task'] as const;

export const searchQuery = z
  .object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(50).default(10) })
  .strict();

/**
 * One hit of the search box. `name` is what it is called (a partner's or relationship's partner's
 * name, an interaction's subject, a task's title); the ids say where it leads; the fields of
 * other kinds are null.
 */
export const searchResult = z.object({
  id: z.string(),
  type: z.enum(SEARCH_RESULT_TYPES),
  name: z.string(),
  snippet: z
    .string()
    .nullable()
    .describe('A partner’s first email or phone, a relationship’s purpose, the start of notes'),
  partnerId: z.string().nullable().describe('The partner itself, or the partner of a relationship or task'),
  relationshipId: z.string().nullable().describe('The relationship itself, or the one a task belongs to'),
  interactionId: z.string().nullable().describe('The interaction itself, or the one a task is an action item of'),
  stage: z.enum(STAGES).nullable().describe('A relationship’s stage'),
  interactionKind: z.enum(INTERACTION_KINDS).nullable(),
  occurredAt: z.string().nullable().describe('When an interaction took place'),
  partnerName: z.string().nullable().describe('The first partner an interaction concerns'),
  dueOn: z.string().nullable().describe('A task’s due date'),
  status: z.enum(TASK_STATUSES).nullable().describe('A task’s status'),
});

export type SearchResult = z.infer<typeof searchResult>;
