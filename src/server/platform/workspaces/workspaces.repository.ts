import { type Db, nextVersion, type Role, type Tx } from '../db/index.js';

export async function insertWorkspace(trx: Tx, workspace: { id: string; name: string }) {
  return trx.insertInto('workspace').values(workspace).returningAll().executeTakeFirstOrThrow();
}

export async function findWorkspace(db: Db, id: string) {
  return db.selectFrom('workspace').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateWorkspaceName(trx: Tx, id: string, name: string, version: number) {
  return trx
    .updateTable('workspace')
    .set({ name, ...nextVersion() })
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
