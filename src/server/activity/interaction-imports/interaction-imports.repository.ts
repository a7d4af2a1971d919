import type { Tx } from '../../platform/db/index.js';

/** The live interactions an import created: what undoing it moves to the trash. */
export async function findImportedInteractionIds(trx: Tx, workspaceId: string, importId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('interaction')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('importId', '=', importId)
    .where('deletedAt', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}
