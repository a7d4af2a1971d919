import type { Db, PartnerType } from '../../platform/db/index.js';

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

/** Whether this user is a member of the workspace (a partner's owner must be). */
export async function isMember(db: Db, workspaceId: string, userId: string): Promise<boolean> {
  const member = await db
    .selectFrom('membership')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return member !== undefined;
}

/** The tags of this workspace among the ids. */
export async function findTagIds(db: Db, workspaceId: string, ids: string[]): Promise<Set<string>> {
  const tags = await db
    .selectFrom('tag')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
  return new Set(tags.map((t) => t.id));
}
