import type { AppUser, Db, Locale } from '../db/index.js';
import { fieldError, forbidden, newId } from '../core/index.js';
import { type Auth, normalizeEmail } from '../http/index.js';
import { hashToken, verifyCredentials } from '../auth/index.js';
import { findUserByEmail, insertUser } from '../users/index.js';
import { findInvitationByToken } from './invitations.repository.js';
import { invalidInvitation, invitationStatus, joinWorkspace, prepareNewAccount } from './invitations.service.js';

export type AcceptInput = { name?: string | undefined; password?: string | undefined; locale?: Locale | undefined };

/**
 * Accepts an invitation. A signed-in user joins as themselves (the invitation must be for their
 * email); otherwise an existing account proves itself with its password, and a new one is created.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: AcceptInput,
  context: { auth: Auth | null; ip: string },
) {
  const tokenHash = hashToken(token);
  const invitation = await findInvitationByToken(db, tokenHash);
  if (!invitation || invitationStatus(invitation) !== 'pending') throw invalidInvitation();

  let user: AppUser | undefined;
  let newAccount: { name: string; passwordHash: string } | undefined;
  if (context.auth) {
    if (normalizeEmail(context.auth.user.email) !== invitation.emailNormalized) {
      throw forbidden('This invitation was sent to another email address; sign out and open the link again');
    }
    user = context.auth.user;
  } else if (await findUserByEmail(db, invitation.emailNormalized)) {
    if (!input.password) throw fieldError('password', 'required', 'Enter the password of your existing account');
    user = await verifyCredentials(db, { email: invitation.email, password: input.password, ip: context.ip });
  } else {
    newAccount = await prepareNewAccount(input);
  }

  return db.transaction().execute(async (trx) => {
    // Locking the row makes a double click or a race accept the invitation once.
    const locked = await findInvitationByToken(trx, tokenHash, { lock: true });
    if (!locked || invitationStatus(locked) !== 'pending') throw invalidInvitation();
    const member =
      user ??
      (await insertUser(trx, {
        id: newId(),
        email: locked.email,
        emailNormalized: locked.emailNormalized,
        name: newAccount?.name ?? locked.email,
        passwordHash: newAccount?.passwordHash ?? '',
        locale: input.locale ?? 'en',
      }));
    await joinWorkspace(trx, locked, member.id);
    return { user: member, workspaceId: locked.workspaceId };
  });
}
