import { nextVersion, type Tx } from '../../platform/db/index.js';

/** Which of `ids` are partners of this workspace that are live (or, with `trashed`, in the trash). */
export async function findBulkTargets(
  trx: Tx,
  workspaceId: string,
  ids: string[],
  trashed: boolean,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('partner')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .where('deletedAt', trashed ? 'is not' : 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** Gives these partners the tag; answers those that did not have it yet. */
export async function addTagToPartners(trx: Tx, workspaceId: string, partnerIds: string[], tagId: string) {
  const rows = await trx
    .insertInto('partnerTag')
    .values(partnerIds.map((partnerId) => ({ workspaceId, partnerId, tagId })))
    .onConflict((oc) => oc.doNothing())
    .returning('partnerId')
    .execute();
  return rows.map((r) => r.partnerId);
}

/** Takes the tag off these partners; answers those that had it. */
export async function removeTagFromPartners(trx: Tx, workspaceId: string, partnerIds: string[], tagId: string) {
  const rows = await trx
    .deleteFrom('partnerTag')
    .where('workspaceId', '=', workspaceId)
    .where('tagId', '=', tagId)
    .where('partnerId', 'in', partnerIds)
    .returning('partnerId')
    .execute();
  return rows.map((r) => r.partnerId);
}

/** Sets the owner of these partners (null clears it); answers those whose owner changed. */
export async function setOwnerOfPartners(trx: Tx, workspaceId: string, partnerIds: string[], ownerId: string | null) {
  const rows = await trx
    .updateTable('partner')
    .set({ ownerId })
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', partnerIds)
    .where((eb) =>
      ownerId ? eb.or([eb('ownerId', 'is', null), eb('ownerId', '<>', ownerId)]) : eb('ownerId', 'is not', null),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Records a change to these partners that their own columns do not show (tags, owner): new version, who. */
export async function touchPartners(trx: Tx, workspaceId: string, ids: string[], userId: string): Promise<void> {
  await trx
    .updateTable('partner')
    .set({ updatedBy: userId, ...nextVersion() })
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}
