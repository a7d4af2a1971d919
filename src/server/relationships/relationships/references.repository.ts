import type { Db } from '../../platform/db/index.js';

/**
 * Relationships of this workspace among the ids, with their partner; `deleted` when it or its partner is in the trash.
 */
export async function findRelationshipRefs(
  db: Db,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, { partnerId: string; deleted: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('relationship')
    .select(['id', 'partnerId', 'deletedAt', 'partnerDeleted'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { partnerId: r.partnerId, deleted: r.deletedAt !== null || r.partnerDeleted }]),
  );
}
