import type { Db, Membership } from '../db/index.js';
import { forbidden, notFound } from '../core/index.js';
import type { Auth } from '../http/index.js';
import { can, type Permission } from './roles.js';
import { findMembership } from './memberships.repository.js';

/**
 * The first line of every workspace service: the caller must belong to the workspace (else 404,
 * so a stranger cannot even learn that it exists) and hold a role that grants the permission (else 403).
 */
export async function requirePermission(
  db: Db,
  auth: Auth,
  workspaceId: string,
  permission: Permission,
): Promise<Membership> {
  // The session hook already read the membership of the workspace in the path; other ones are read here.
  const preloaded = auth.pathMembership?.workspaceId === workspaceId ? auth.pathMembership : undefined;
  const membership = preloaded ? preloaded.membership : await findMembership(db, workspaceId, auth.user.id);
  if (!membership) throw notFound('Workspace');
  if (!can(membership.role, permission)) throw forbidden();
  return membership;
}
