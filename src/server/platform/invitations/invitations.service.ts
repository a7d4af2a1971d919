import type { Db, Invitation, Role, Tx } from '../db/index.js';
import { AppError, fieldError, forbidden, newId, notFound } from '../core/index.js';
import { type Auth, normalizeEmail } from '../http/index.js';
import { insertAudit } from '../audit/index.js';
import { can, requirePermission } from '../access/index.js';
import { hashPassword, hashToken, newToken } from '../auth/index.js';
import { insertEmail, invitationEmail } from '../email/index.js';
import { findMember } from '../members/index.js';
import { findUserByEmail } from '../users/index.js';
import { findWorkspace, insertMembership } from '../workspaces/index.js';
import {
  findInvitation,
  findInvitationByToken,
  insertInvitation,
  listInvitations,
  markAccepted,
  revokeInvitation,
  revokePendingFor,
} from './invitations.repository.js';

const VALID_DAYS = 7;

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(
  i: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): InvitationStatus {
  if (i.acceptedAt) return 'accepted';
  if (i.revokedAt) return 'revoked';
  return i.expiresAt <= now ? 'expired' : 'pending';
}

export async function createInvitation(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: { email: string; role: Role; publicUrl: string },
) {
  const actor = await requirePermission(db, auth, workspaceId, 'manage_members');
  if (input.role === 'owner' && !can(actor.role, 'manage_owners')) throw forbidden('Only an owner can invite an owner');
  const emailNormalized = normalizeEmail(input.email);
  const existingUser = await findUserByEmail(db, emailNormalized);
  if (existingUser && (await findMember(db, workspaceId, existingUser.id))) {
    throw new AppError('duplicate', 'This person is already a member', {
      errors: [{ path: 'email', rule: 'already_member', message: 'is already a member of this workspace' }],
    });
  }
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const token = newToken();
  const url = `${input.publicUrl}/invite/${token}`;
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    await revokePendingFor(trx, workspaceId, emailNormalized, now);
    const invitation = await insertInvitation(trx, {
      workspaceId,
      id: newId(),
      email: input.email.trim(),
      emailNormalized,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: auth.user.id,
      expiresAt: new Date(now.getTime() + VALID_DAYS * 86_400_000),
    });
    const message = invitationEmail(auth.user.locale, {
      inviter: auth.user.name,
      workspace: workspace.name,
      role: input.role,
      url,
      days: VALID_DAYS,
    });
    const emailId = await insertEmail(trx, { workspaceId, to: invitation.email, ...message });
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: invitation.id,
      changes: { email: { before: null, after: invitation.email }, role: { before: null, after: invitation.role } },
    });
    return {
      invitation: {
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        token,
        url,
        expiresAt: invitation.expiresAt.toISOString(),
      },
      emailId,
    };
  });
}

export async function pageInvitations(
  db: Db,
  auth: Auth,
  workspaceId: string,
  options: { limit: number; before?: string | undefined },
) {
  await requirePermission(db, auth, workspaceId, 'manage_members');
  return listInvitations(db, workspaceId, options);
}

export async function cancelInvitation(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'manage_members');
  await db.transaction().execute(async (trx) => {
    const invitation = await findInvitation(trx, workspaceId, id);
    if (!invitation) throw notFound('Invitation');
    if (invitationStatus(invitation) !== 'pending') return;
    await revokeInvitation(trx, workspaceId, id, new Date());
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: id,
      changes: { status: { before: 'pending', after: 'revoked' } },
    });
  });
}

/** What the invitation page shows before accepting; a used, revoked or expired link is 404. */
export async function previewInvitation(db: Db, token: string) {
  const invitation = await findInvitationByToken(db, hashToken(token));
  if (!invitation || invitationStatus(invitation) !== 'pending') throw invalidInvitation();
  const account = await findUserByEmail(db, invitation.emailNormalized);
  return {
    workspaceName: invitation.workspaceName,
    email: invitation.email,
    role: invitation.role,
    accountExists: Boolean(account),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

export function invalidInvitation() {
  return new AppError(
    'invitation_invalid',
    'This invitation link is not valid any more: it was used, revoked or has expired',
  );
}

/** Prepared outside the transaction because hashing a password takes a while. */
export async function prepareNewAccount(input: { name?: string | undefined; password?: string | undefined }) {
  if (!input.name) throw fieldError('name', 'required', 'name is required to create your account');
  if (!input.password) throw fieldError('password', 'required', 'password is required to create your account');
  return { name: input.name, passwordHash: await hashPassword(input.password) };
}

export async function joinWorkspace(trx: Tx, invitation: Invitation, userId: string) {
  // Someone who is already a member keeps their role: an invitation never demotes or promotes.
  const existing = await findMember(trx, invitation.workspaceId, userId);
  if (!existing) await insertMembership(trx, { workspaceId: invitation.workspaceId, userId, role: invitation.role });
  await markAccepted(trx, invitation.workspaceId, invitation.id, userId, new Date());
  await insertAudit(trx, {
    workspaceId: invitation.workspaceId,
    actorId: userId,
    action: 'invitation.accept',
    entityType: 'member',
    entityId: userId,
    changes: existing ? {} : { role: { before: null, after: invitation.role } },
  });
}
