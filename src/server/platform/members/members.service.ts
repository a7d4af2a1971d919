import type { Db, Role, Tx } from '../db/index.js';
import { AppError, forbidden, notFound, staleVersion } from '../core/index.js';
import { type Auth, requireVersion } from '../http/index.js';
import { insertAudit } from '../audit/index.js';
import { can, requirePermission } from '../access/index.js';
import {
  clearCurrentWorkspace,
  deleteMembership,
  findMember,
  listMembers,
  lockOwners,
  updateMemberRole,
} from './members.repository.js';

type Member = NonNullable<Awaited<ReturnType<typeof findMember>>>;

export function presentMember(m: Member) {
  return {
    userId: m.userId,
    name: m.name,
    email: m.email,
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
    version: m.version,
  };
}

export async function pageMembers(
  db: Db,
  auth: Auth,
  workspaceId: string,
  options: { limit: number; after?: { createdAt: string; userId: string } | undefined },
) {
  await requirePermission(db, auth, workspaceId, 'read');
  return listMembers(db, workspaceId, options);
}

export async function changeRole(
  db: Db,
  auth: Auth,
  workspaceId: string,
  userId: string,
  input: { role: Role; version: number | undefined },
) {
  const actor = await requirePermission(db, auth, workspaceId, 'manage_members');
  const version = requireVersion(input.version);
  return db.transaction().execute(async (trx) => {
    const owners = await lockOwners(trx, workspaceId);
    const target = await loadTarget(trx, workspaceId, userId, version);
    // Granting or taking away ownership is an owner's decision.
    if ((target.role === 'owner' || input.role === 'owner') && !can(actor.role, 'manage_owners')) {
      throw forbidden('Only an owner can change an owner or make someone owner');
    }
    if (target.role === 'owner' && input.role !== 'owner' && owners.length === 1) {
      throw new AppError('last_owner', 'The workspace needs at least one owner; make someone else owner first');
    }
    const updated = await updateMemberRole(trx, workspaceId, userId, input.role, version);
    if (!updated) throw stale(target);
    if (target.role !== input.role) {
      await insertAudit(trx, {
        workspaceId,
        actorId: auth.user.id,
        action: 'member.role_change',
        entityType: 'member',
        entityId: userId,
        changes: { role: { before: target.role, after: input.role } },
      });
    }
    return presentMember({ ...target, role: input.role, version: updated.version });
  });
}

/** Removes a member; anyone may leave a workspace themselves, the last owner excepted. */
export async function removeMember(
  db: Db,
  auth: Auth,
  workspaceId: string,
  userId: string,
  versionInput: number | undefined,
) {
  const isSelf = userId === auth.user.id;
  const actor = await requirePermission(db, auth, workspaceId, isSelf ? 'read' : 'manage_members');
  const version = requireVersion(versionInput);
  await db.transaction().execute(async (trx) => {
    const owners = await lockOwners(trx, workspaceId);
    const target = await loadTarget(trx, workspaceId, userId, version);
    if (target.role === 'owner' && !isSelf && !can(actor.role, 'manage_owners'))
      throw forbidden('Only an owner can remove an owner');
    if (target.role === 'owner' && owners.length === 1) {
      throw new AppError('last_owner', 'The workspace needs at least one owner; make someone else owner first');
    }
    if (!(await deleteMembership(trx, workspaceId, userId, version))) throw stale(target);
    await clearCurrentWorkspace(trx, workspaceId, userId);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'member.remove',
      entityType: 'member',
      entityId: userId,
      changes: { email: { before: target.email, after: null }, role: { before: target.role, after: null } },
    });
  });
}

async function loadTarget(trx: Tx, workspaceId: string, userId: string, version: number): Promise<Member> {
  const target = await findMember(trx, workspaceId, userId);
  if (!target) throw notFound('Member');
  if (target.version !== version) throw stale(target);
  return target;
}

function stale(current: Member) {
  return staleVersion('Member', presentMember(current));
}
