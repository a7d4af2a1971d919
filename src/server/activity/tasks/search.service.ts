import type { Db } from '../../platform/db/index.js';
import { foldText } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { findTasksMatching } from './search.repository.js';

/** The search box's tasks: every role reads every live task of the workspace. */
export async function searchTasks(db: Db, auth: Auth, workspaceId: string, q: string, limit: number) {
  await requirePermission(db, auth, workspaceId, 'read');
  const folded = foldText(q);
  if (!folded) return [];
  return findTasksMatching(db, workspaceId, folded, limit);
}
