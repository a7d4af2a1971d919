import type { Db, Tx } from '../../platform/db/index.js';
import { fieldError } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { insertAuditMany } from '../../platform/audit/index.js';
import { findTag } from '../tags/index.js';
import { findMembership, requirePermission } from '../../platform/access/index.js';
import {
  addTagToPartners,
  findBulkTargets,
  removeTagFromPartners,
  setOwnerOfPartners,
  touchPartners,
} from './bulk.repository.js';
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
      await touchPartners(trx, workspaceId, changed, auth.user.id);
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
async function apply(trx: Tx, workspaceId: string, ids: string[], input: BulkInput, userId: string): Promise<string[]> {
  const targets = await findBulkTargets(trx, workspaceId, ids, input.action === 'restore');
  if (targets.length === 0) return [];
  switch (input.action) {
    case 'add_tag':
      return addTagToPartners(trx, workspaceId, targets, input.tagId ?? '');
    case 'remove_tag':
      return removeTagFromPartners(trx, workspaceId, targets, input.tagId ?? '');
    case 'set_owner':
      return setOwnerOfPartners(trx, workspaceId, targets, input.ownerId ?? null);
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
