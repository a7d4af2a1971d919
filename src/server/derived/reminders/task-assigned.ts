import type { Db } from '../../platform/db/database.js';
import { notify } from '../notifications/notify.js';
import { findUserById } from '../../platform/users/users.repository.js';

export type AssignedTask = {
  id: string;
  title: string;
  dueOn: string | null;
  ownerId: string | null;
  status: 'open' | 'done';
};

/**
 * Tells the owners of open tasks that someone else gave them (created, re-assigned, or an action
 * item of a logged meeting), per their task_assigned choice, inside the transaction that assigns.
 * Tasks people take on themselves notify no one.
 */
export async function notifyTasksAssigned(
  trx: Db,
  workspaceId: string,
  actorId: string,
  tasks: AssignedTask[],
  now: Date,
): Promise<void> {
  const assigned = tasks.filter(
    (t): t is AssignedTask & { ownerId: string } => t.ownerId !== null && t.ownerId !== actorId && t.status === 'open',
  );
  if (assigned.length === 0) return;
  const actor = await findUserById(trx, actorId);
  await notify(
    trx,
    'task_assigned',
    assigned.map((t) => ({
      workspaceId,
      userId: t.ownerId,
      params: { taskId: t.id, title: t.title, dueOn: t.dueOn, assignedByName: actor?.name ?? '' },
      entityType: 'task',
      entityId: t.id,
    })),
    now,
  );
}
