import type { Tx } from '../../platform/db/index.js';
import type { AssignedTask } from '../../platform/events/index.js';
import { notify } from '../notifications/index.js';
import { findUserById } from '../../platform/users/index.js';

/**
 * Tells the owners of open tasks that someone else gave them (created, re-assigned, or an action
 * item of a logged meeting), per their task_assigned choice, inside the transaction that assigns.
 * Tasks people take on themselves notify no one.
 */
export async function notifyTasksAssigned(
  trx: Tx,
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
