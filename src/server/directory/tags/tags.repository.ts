import { nextVersion, type Db, type Tx } from '../../platform/db/index.js';

export async function listTags(db: Db, workspaceId: string) {
  return db
    .selectFrom('tag')
    .select(['id', 'name', 'color', 'version'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('nameKey')
    .execute();
}

export async function findTag(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('tag')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findTagByKey(db: Db, workspaceId: string, nameKey: string) {
  return db
    .selectFrom('tag')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('nameKey', '=', nameKey)
    .executeTakeFirst();
}

export async function insertTag(
  trx: Tx,
  tag: { workspaceId: string; id: string; name: string; nameKey: string; color: string },
) {
  return trx
    .insertInto('tag')
    .values(tag)
    .onConflict((oc) => oc.columns(['workspaceId', 'nameKey']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateTag(
  trx: Tx,
  workspaceId: string,
  id: string,
  version: number,
  values: { name?: string; nameKey?: string; color?: string },
) {
  return trx
    .updateTable('tag')
    .set({ ...values, ...nextVersion() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteTag(trx: Tx, workspaceId: string, id: string) {
  await trx.deleteFrom('tag').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
