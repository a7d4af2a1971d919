import type { Db } from '../../platform/db/index.js';

/** An interaction of this workspace: whether it is live and what it concerns, for tasks linked to it. */
export async function findInteractionRef(db: Db, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('interaction')
    .select(['id', 'deletedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [partners, relationships] = await Promise.all([
    db
      .selectFrom('interactionPartner')
      .select('partnerId')
      .where('workspaceId', '=', workspaceId)
      .where('interactionId', '=', id)
      .execute(),
    db
      .selectFrom('interactionRelationship')
      .select('relationshipId')
      .where('workspaceId', '=', workspaceId)
      .where('interactionId', '=', id)
      .execute(),
  ]);
  return {
    ...row,
    partnerIds: partners.map((p) => p.partnerId),
    relationshipIds: relationships.map((r) => r.relationshipId),
  };
}
