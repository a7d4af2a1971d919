import type { Db } from '../../platform/db/index.js';
import { addDays, fieldError, newId, notFound, staleError, todayIn } from '../../platform/core/index.js';
import { type Auth, decodeCursor, encodeCursor, isUuid, requireVersion } from '../../platform/http/index.js';
import { diffFields, insertAudit } from '../../platform/audit/index.js';
import { announce } from '../../platform/events/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { checkTaskDraft, taskTimelineAt, type TaskDraft } from './task-input.js';
import {
  findTask,
  insertTasks,
  listTaskPage,
  setTaskDeleted,
  updateTaskRow,
  type TaskFilters,
  type TaskRow,
  type TaskValues,
} from './tasks.repository.js';
import type { CreateTaskInput, DueBucket, TaskListQuery, TaskView, UpdateTaskInput } from './tasks.schema.js';

const AUDITED: (keyof TaskDraft)[] = [
  'title',
  'notes',
  'ownerId',
  'dueOn',
  'status',
  'interactionId',
  'relationshipId',
  'partnerId',
];
const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** The task resource; `today` is the caller's date, for `overdue`. */
export function presentTask(row: TaskRow, today: string): TaskView {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    notes: row.notes,
    owner: person(row.ownerId, row.ownerName),
    dueOn: row.dueOn,
    status: row.status,
    overdue: row.status === 'open' && row.dueOn !== null && row.dueOn < today,
    completedAt: row.completedAt?.toISOString() ?? null,
    completedBy: person(row.completedBy, row.completedByName),
    interaction:
      row.interactionId && row.interactionKind && row.interactionOccurredAt
        ? {
            id: row.interactionId,
            kind: row.interactionKind,
            subject: row.interactionSubject ?? '',
            occurredAt: row.interactionOccurredAt.toISOString(),
          }
        : null,
    relationship: row.relationshipId
      ? {
          id: row.relationshipId,
          partnerId: row.relationshipPartnerId ?? '',
          partnerName: row.relationshipPartnerName ?? '',
          purpose: row.relationshipPurpose ?? '',
        }
      : null,
    partner:
      row.partnerId && row.partnerType
        ? { id: row.partnerId, name: row.partnerName ?? '', type: row.partnerType }
        : null,
    createdBy: person(row.createdBy, row.createdByName),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}

export async function getTask(db: Db, auth: Auth, workspaceId: string, id: string): Promise<TaskView> {
  await requirePermission(db, auth, workspaceId, 'read');
  const row = await findTask(db, workspaceId, id);
  if (!row) throw notFound('Task');
  return presentTask(row, todayIn(auth.user.timeZone));
}

/** Open or done on create; done records who completed it and when. */
function completion(status: TaskDraft['status'], before: TaskRow | null, auth: Auth, now: Date) {
  if (status === 'open') return { completedAt: null, completedBy: null };
  if (before?.status === 'done') return { completedAt: before.completedAt, completedBy: before.completedBy };
  return { completedAt: now, completedBy: auth.user.id };
}

export async function createTask(db: Db, auth: Auth, workspaceId: string, input: CreateTaskInput): Promise<TaskView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const draft = await checkTaskDraft(
    db,
    workspaceId,
    {
      title: input.title,
      notes: input.notes ?? '',
      ownerId: input.ownerId ?? auth.user.id,
      dueOn: input.dueOn ?? null,
      status: input.status ?? 'open',
      interactionId: input.interactionId ?? null,
      relationshipId: input.relationshipId ?? null,
      partnerId: input.partnerId ?? null,
    },
    null,
  );
  const id = newId();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const values: TaskValues = {
      ...draft,
      ...completion(draft.status, null, auth, now),
      timelineAt: taskTimelineAt(draft.dueOn, auth.user.timeZone, now),
    };
    await insertTasks(trx, [{ ...values, workspaceId, id, createdBy: auth.user.id }], now);
    await announce(trx, 'tasks.assigned', { workspaceId, actorId: auth.user.id, tasks: [{ id, ...draft }], now });
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'task.create',
      entityType: 'task',
      entityId: id,
      changes: diffFields(null, draft, AUDITED),
    });
  });
  return getTask(db, auth, workspaceId, id);
}

/** Edits a task; `status` completes (done) or reopens (open) it. */
export async function updateTask(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: UpdateTaskInput,
  headerVersion: number | undefined,
): Promise<TaskView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(input.version ?? headerVersion);
  const current = await findTask(db, workspaceId, id);
  if (!current || current.deletedAt) throw notFound('Task');
  const before: TaskDraft = {
    title: current.title,
    notes: current.notes,
    ownerId: current.ownerId,
    dueOn: current.dueOn,
    status: current.status,
    interactionId: current.interactionId,
    relationshipId: current.relationshipId,
    partnerId: current.partnerId,
  };
  const { version: _version, ...changes } = input;
  const merged = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  } as TaskDraft;
  // Another relationship without a partner named: the partner follows the relationship.
  if (changes.relationshipId !== undefined && changes.partnerId === undefined) merged.partnerId = null;
  const draft = await checkTaskDraft(db, workspaceId, merged, before);
  const now = new Date();
  const timelineAt =
    draft.dueOn === before.dueOn
      ? current.timelineAt
      : taskTimelineAt(draft.dueOn, auth.user.timeZone, current.createdAt);
  const saved = await db.transaction().execute(async (trx) => {
    const values: TaskValues = { ...draft, ...completion(draft.status, current, auth, now), timelineAt };
    if (!(await updateTaskRow(trx, workspaceId, id, version, { ...values, updatedBy: auth.user.id }))) return false;
    if (draft.ownerId !== before.ownerId)
      await announce(trx, 'tasks.assigned', { workspaceId, actorId: auth.user.id, tasks: [{ id, ...draft }], now });
    const action =
      before.status !== draft.status ? (draft.status === 'done' ? 'task.complete' : 'task.reopen') : 'task.update';
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action,
      entityType: 'task',
      entityId: id,
      changes: diffFields(before, draft, AUDITED),
    });
    return true;
  });
  if (!saved) throw await staleTask(db, auth, workspaceId, id);
  return getTask(db, auth, workspaceId, id);
}

export async function deleteTask(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  versionInput: number | undefined,
): Promise<void> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(versionInput);
  const current = await findTask(db, workspaceId, id);
  if (!current || current.deletedAt) throw notFound('Task');
  const deleted = await db.transaction().execute(async (trx) => {
    if (!(await setTaskDeleted(trx, workspaceId, id, new Date(), auth.user.id, version))) return false;
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'task.delete',
      entityType: 'task',
      entityId: id,
      changes: { deletedAt: { before: null, after: 'now' } },
    });
    return true;
  });
  if (!deleted) throw await staleTask(db, auth, workspaceId, id);
}

export async function restoreTask(db: Db, auth: Auth, workspaceId: string, id: string): Promise<TaskView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const current = await findTask(db, workspaceId, id);
  if (!current?.deletedAt) throw notFound('Deleted task');
  await db.transaction().execute(async (trx) => {
    await setTaskDeleted(trx, workspaceId, id, null, auth.user.id);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'task.restore',
      entityType: 'task',
      entityId: id,
      changes: { deletedAt: { before: current.deletedAt?.toISOString(), after: null } },
    });
  });
  return getTask(db, auth, workspaceId, id);
}

/** Due-date bounds of a bucket of "My tasks": before today (open only), today, the seven days after today. */
function dueBounds(
  due: DueBucket | undefined,
  today: string,
): Pick<TaskFilters, 'dueFrom' | 'dueTo' | 'openOnly' | 'dueKeyFrom'> {
  switch (due) {
    case undefined:
      return {};
    case 'overdue':
      return { dueTo: addDays(today, -1), openOnly: true };
    case 'today':
      return { dueFrom: today, dueTo: today };
    case 'week':
      return { dueFrom: addDays(today, 1), dueTo: addDays(today, 7) };
    case 'later':
      return { dueKeyFrom: addDays(today, 8) };
  }
}

function readCursor(cursor: string | undefined) {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  const [dueKey, id] = key;
  if (typeof dueKey !== 'string' || !/^(\d{4}-\d{2}-\d{2}|infinity)$/.test(dueKey) || !isUuid(id)) {
    throw fieldError('cursor', 'invalid_format', 'cursor is not valid');
  }
  return { dueKey, id };
}

/** A page of tasks in due order; `mine=true` is "My tasks", `due` one of its buckets in the caller's time zone. */
export async function listTasks(db: Db, auth: Auth, workspaceId: string, query: TaskListQuery) {
  await requirePermission(db, auth, workspaceId, 'read');
  const { limit, cursor, mine, owner, due, ...rest } = query;
  if (mine && owner) throw fieldError('owner', 'invalid_value', 'send either mine=true or owner');
  const after = readCursor(cursor);
  const today = todayIn(auth.user.timeZone);
  const filters: TaskFilters = { ...rest, owner: mine ? auth.user.id : owner, ...dueBounds(due, today) };
  const rows = await listTaskPage(db, workspaceId, filters, after, limit);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map((row) => presentTask(row, today)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.dueKey, last.id]) : null,
  };
}

/** The stale-version error, with the task as it is now. */
async function staleTask(db: Db, auth: Auth, workspaceId: string, id: string) {
  return staleError({
    resource: 'Task',
    find: () => findTask(db, workspaceId, id),
    gone: (row) => row.deletedAt !== null,
    present: (row) => presentTask(row, todayIn(auth.user.timeZone)),
  });
}
