import type { Db } from '../../platform/db/index.js';

// Saved views are written without audit, one statement each, so these run on the database itself.

/** A member's saved views in a workspace, by name. */
export async function listSavedViews(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom('savedView')
    .select(['id', 'name', 'query'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .orderBy('name')
    .execute();
}

/** Stores a saved view; `query` is the list's query string as JSON. */
export async function insertSavedView(
  db: Db,
  row: { workspaceId: string; id: string; userId: string; name: string; query: string },
): Promise<void> {
  await db.insertInto('savedView').values(row).execute();
}

/** Deletes one of a member's saved views; answers whether there was one to delete. */
export async function deleteSavedView(db: Db, workspaceId: string, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('savedView')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
