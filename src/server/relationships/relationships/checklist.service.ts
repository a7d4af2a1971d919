import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { effectiveChecklist } from './checklist.js';
import { presentChecklist } from './relationship-view.js';
import { findWritable } from './relationships.service.js';
import { deleteCheck, insertCheck, listChecklistRows } from './settings.repository.js';

/**
 * Ticks or unticks an item of the current stage's checklist. Ticks are records of their own: they
 * do not change the relationship's version, so they never make someone's open edit stale.
 */
export async function setChecklistItem(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  itemId: string,
  done: boolean,
) {
  await requirePermission(db, auth, workspaceId, 'write');
  const row = await findWritable(db, auth, workspaceId, id);
  const items = effectiveChecklist(row.stage, await listChecklistRows(db, workspaceId, [row.stage]));
  if (!items.some((item) => item.id === itemId)) throw notFound('Checklist item');
  await db.transaction().execute(async (trx) => {
    const changed = done
      ? await insertCheck(trx, workspaceId, id, itemId, auth.user.id)
      : await deleteCheck(trx, workspaceId, id, itemId);
    if (!changed) return;
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.checklist',
      entityType: 'relationship',
      entityId: id,
      changes: { [`checklist.${itemId}`]: { before: !done, after: done } },
    });
  });
  return { checklist: await presentChecklist(db, workspaceId, id, row.stage) };
}
