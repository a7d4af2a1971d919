import type { Db } from '../../platform/db/database.js';
import { fieldError } from '../../platform/core/errors.js';
import type { Auth } from '../../platform/http/types.js';
import { insertAuditMany } from '../../platform/audit/audit.repository.js';
import { findTag } from '../tags/tags.repository.js';
import { requirePermission } from '../../platform/access/access.js';
import { findMembership } from '../../platform/workspaces/workspaces.repository.js';
import { setDeleted } from './partners.repository.js';

export type BulkAction = 'add_tag' | 'remove_tag' | 'set_owner' | 'delete' | 'restore';
export type BulkInput = {
  ids: string[];
  action: BulkAction;
  tagId?: string | undefined;
  ownerId?: string | null | undefined;
};

/** Applies one action to a selection of partners in one transaction, with one audit entry per partner changed. */
export async function bulkUpdate(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: BulkInput,
): Promise<{ updated: number }> {
  await requirePermission(db, auth, workspaceId, 'write');
  const ids = [...new Set(input.ids)];
  await checkTarget(db, workspaceId, input);
  return db.transaction().execute(async (trx) => {
    const changed = await apply(trx, workspaceId, ids, input, auth.user.id);
    if (changed.length && input.action !== 'delete' && input.action !== 'restore') {
      await trx
        .updateTable('partner')
        .set((eb) => ({ updatedAt: new Date(), updatedBy: auth.user.id, version: eb('version', '+', 1) }))
        .where('workspaceId', '=', workspaceId)
        .where('id', 'in', changed)
        .execute();
    }
    const change =
      input.action === 'set_owner'
        ? { ownerId: { before: null, after: input.ownerId ?? null } }
        : { [input.action]: { before: null, after: input.tagId ?? true } };
    await insertAuditMany(
      trx,
      changed.map((id) => ({
        workspaceId,
        actorId: auth.user.id,
        action: `partner.bulk_${input.action}`,
        entityType: 'partner',
        entityId: id,
        changes: change,
      })),
    );
    return { updated: changed.length };
  });
}

async function checkTarget(db: Db, workspaceId: string, input: BulkInput) {
  if (input.action === 'add_tag' || input.action === 'remove_tag') {
    if (!input.tagId) throw fieldError('tagId', 'required', 'tagId is required for this action');
    if (!(await findTag(db, workspaceId, input.tagId)))
      throw fieldError('tagId', 'not_found', 'is not a tag of this workspace');
  }
  if (input.action === 'set_owner') {
    if (input.ownerId === undefined)
      throw fieldError('ownerId', 'required', 'ownerId is required (null clears the owner)');
    if (input.ownerId && !(await findMembership(db, workspaceId, input.ownerId)))
      throw fieldError('ownerId', 'not_member', 'is not a member of this workspace');
  }
}

/** The ids the action actually changed, among the live (or, for restore, deleted) partners of this workspace. */
async function apply(trx: Db, workspaceId: string, ids: string[], input: BulkInput, userId: string): Promise<string[]> {
  const live = await trx
    .selectFrom('partner')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .where('deletedAt', input.action === 'restore' ? 'is not' : 'is', null)
    .execute();
  const targets = live.map((r) => r.id);
  if (targets.length === 0) return [];
  switch (input.action) {
    case 'add_tag': {
      const rows = await trx
        .insertInto('partnerTag')
        .values(targets.map((partnerId) => ({ workspaceId, partnerId, tagId: input.tagId ?? '' })))
        .onConflict((oc) => oc.doNothing())
        .returning('partnerId')
        .execute();
      return rows.map((r) => r.partnerId);
    }
    case 'remove_tag': {
      const rows = await trx
        .deleteFrom('partnerTag')
        .where('workspaceId', '=', workspaceId)
        .where('tagId', '=', input.tagId ?? '')
        .where('partnerId', 'in', targets)
        .returning('partnerId')
        .execute();
      return rows.map((r) => r.partnerId);
    }
    case 'set_owner': {
      const rows = await trx
        .updateTable('partner')
        .set({ ownerId: input.ownerId ?? null })
        .where('workspaceId', '=', workspaceId)
        .where('id', 'in', targets)
        .where((eb) =>
          input.ownerId
            ? eb.or([eb('ownerId', 'is', null), eb('ownerId', '<>', input.ownerId)])
            : eb('ownerId', 'is not', null),
        )
        .returning('id')
        .execute();
      return rows.map((r) => r.id);
    }
    case 'delete':
    case 'restore':
      await setDeleted(trx, workspaceId, targets, input.action === 'delete' ? new Date() : null, userId);
      return targets;
    default: {
      const unreachable: never = input.action;
      throw new Error(`unknown bulk action ${String(unreachable)}`);
    }
  }
}
