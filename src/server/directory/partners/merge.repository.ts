import type { Tx } from '../../platform/db/index.js';

/** Marks the merged partners with the survivor they went into (merged_into). */
export async function setMergedInto(
  trx: Tx,
  workspaceId: string,
  mergedIds: string[],
  survivorId: string,
): Promise<void> {
  await trx
    .updateTable('partner')
    .set({ mergedInto: survivorId })
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', mergedIds)
    .execute();
}
