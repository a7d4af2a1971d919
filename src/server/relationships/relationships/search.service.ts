import type { Db } from '../../platform/db/index.js';
import { foldText } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { findRelationshipsMatching } from './search.repository.js';

/** The search box's relationships: every role may read them; the trash and trashed partners' ones are left out. */
export async function searchRelationships(db: Db, auth: Auth, workspaceId: string, q: string, limit: number) {
  await requirePermission(db, auth, workspaceId, 'read');
  const folded = foldText(q);
  if (!folded) return [];
  return findRelationshipsMatching(db, workspaceId, folded, q.trim(), limit);
}
