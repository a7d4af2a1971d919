import type { Db, Tx } from '../db/index.js';
import { AppError, newId, staleVersion } from '../core/index.js';
import type { Auth } from '../http/index.js';
import { insertAudit } from '../audit/index.js';
import { setCurrentWorkspace } from '../auth/index.js';
import { requirePermission } from '../access/index.js';
import { findWorkspace, insertMembership, insertWorkspace, updateWorkspaceName } from './workspaces.repository.js';

/** Creates a workspace with its owner; used by setup, by scripted installs and by POST /workspaces. */
export async function createWorkspaceWithOwner(trx: Tx, ownerId: string, name: string) {
  const workspace = await insertWorkspace(trx, { id: newId(), name });
  await insertMembership(trx, { workspaceId: workspace.id, userId: ownerId, role: 'owner' });
  await insertAudit(trx, {
    workspaceId: workspace.id,
    actorId: ownerId,
    action: 'workspace.create',
    entityType: 'workspace',
    entityId: workspace.id,
    changes: { name: { before: null, after: name } },
  });
  return workspace;
}

export async function createWorkspace(db: Db, auth: Auth, name: string) {
  const workspace = await db.transaction().execute((trx) => createWorkspaceWithOwner(trx, auth.user.id, name));
  await setCurrentWorkspace(db, auth.sessionId, workspace.id);
  return { id: workspace.id, name: workspace.name, role: 'owner' as const };
}

export async function getWorkspace(db: Db, auth: Auth, workspaceId: string) {
  const membership = await requirePermission(db, auth, workspaceId, 'read');
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new AppError('not_found', 'Workspace not found');
  return { id: workspace.id, name: workspace.name, role: membership.role, version: workspace.version };
}

export async function renameWorkspace(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: { name: string; version: number },
) {
  const membership = await requirePermission(db, auth, workspaceId, 'manage_members');
  return db.transaction().execute(async (trx) => {
    const before = await findWorkspace(trx, workspaceId);
    if (!before) throw new AppError('not_found', 'Workspace not found');
    const updated = await updateWorkspaceName(trx, workspaceId, input.name, input.version);
    if (!updated) {
      throw staleVersion('Workspace', {
        id: before.id,
        name: before.name,
        role: membership.role,
        version: before.version,
      });
    }
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'workspace.update',
      entityType: 'workspace',
      entityId: workspaceId,
      changes: { name: { before: before.name, after: updated.name } },
    });
    return { id: updated.id, name: updated.name, role: membership.role, version: updated.version };
  });
}
