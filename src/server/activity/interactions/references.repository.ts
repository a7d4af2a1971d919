import type { Db } from '../../platform/db/database.js';
import type { PartnerType } from '../../platform/db/schema.js';

/** Partners of this workspace among the ids, trashed or not. */
export async function findPartnerRefs(
  db: Db,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, { type: PartnerType; deletedAt: Date | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('partner')
    .select(['id', 'type', 'deletedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Relationships of this workspace among the ids, with their partner; `deleted` when it or its partner is in the trash. */
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
