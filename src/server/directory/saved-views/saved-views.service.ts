import type { Db } from '../../platform/db/index.js';
import { newId, notFound } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { deleteSavedView, insertSavedView, listSavedViews } from './saved-views.repository.js';

/** The caller's own saved views of the partner list. */
export async function listViews(db: Db, auth: Auth, workspaceId: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  return { items: await listSavedViews(db, workspaceId, auth.user.id) };
}

export async function createView(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: { name: string; query: Record<string, string> },
) {
  // Saving a view changes nothing others see, so viewers may keep their own views too.
  await requirePermission(db, auth, workspaceId, 'read');
  const row = { workspaceId, id: newId(), userId: auth.user.id, name: input.name, query: JSON.stringify(input.query) };
  await insertSavedView(db, row);
  return { id: row.id, name: row.name, query: input.query };
}

/** Deletes one of the caller's saved views; another member's is not found. */
export async function deleteView(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  if (!(await deleteSavedView(db, workspaceId, auth.user.id, id))) throw notFound('Saved view');
}
