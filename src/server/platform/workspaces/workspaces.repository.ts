import type { Db } from '../db/database.js';
import type { Role } from '../db/schema.js';

export async function insertWorkspace(trx: Db, workspace: { id: string; name: string }) {
  return trx.insertInto('workspace').values(workspace).returningAll().executeTakeFirstOrThrow();
}

export async function findWorkspace(db: Db, id: string) {
  return db.selectFrom('workspace').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateWorkspaceName(trx: Db, id: string, name: string, version: number) {
  return trx
    .updateTable('workspace')
    .set((eb) => ({ name, updatedAt: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function insertMembership(trx: Db, membership: { workspaceId: string; userId: string; role: Role }) {
  await trx
    .insertInto('membership')
    .values(membership)
    .onConflict((oc) => oc.columns(['workspaceId', 'userId']).doNothing())
    .execute();
}

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
