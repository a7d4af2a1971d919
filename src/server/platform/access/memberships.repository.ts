import type { Db } from '../db/index.js';

// Who belongs where: what every permission check and session view reads first.

export async function findMembership(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom('membership')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

export async function listUserWorkspaces(db: Db, userId: string) {
  return db
    .selectFrom('membership')
    .innerJoin('workspace', 'workspace.id', 'membership.workspaceId')
    .select(['workspace.id', 'workspace.name', 'membership.role'])
    .where('membership.userId', '=', userId)
    .orderBy('workspace.name')
    .orderBy('workspace.id')
    .execute();
}

export async function listUserWorkspaceIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('membership').select('workspaceId').where('userId', '=', userId).execute();
  return rows.map((r) => r.workspaceId);
}
