import type { Db, Role, Tx } from '../db/index.js';

export async function insertInvitation(
  trx: Tx,
  invitation: {
    workspaceId: string;
    id: string;
    email: string;
    emailNormalized: string;
    role: Role;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
) {
  return trx.insertInto('invitation').values(invitation).returningAll().executeTakeFirstOrThrow();
}

/** Revokes the pending invitations of an address, so only the newest link works. */
export async function revokePendingFor(trx: Tx, workspaceId: string, emailNormalized: string, now: Date) {
  await trx
    .updateTable('invitation')
    .set({ revokedAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('emailNormalized', '=', emailNormalized)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .execute();
}

export async function listInvitations(
  db: Db,
  workspaceId: string,
  options: { limit: number; before?: string | undefined },
) {
  let query = db
    .selectFrom('invitation')
    .leftJoin('appUser', 'appUser.id', 'invitation.invitedBy')
    .select([
      'invitation.id',
      'invitation.email',
      'invitation.role',
      'invitation.createdAt',
      'invitation.expiresAt',
      'invitation.acceptedAt',
      'invitation.revokedAt',
      'invitation.invitedBy',
      'appUser.name as invitedByName',
    ])
    .where('invitation.workspaceId', '=', workspaceId)
    .orderBy('invitation.id', 'desc')
    .limit(options.limit + 1);
  if (options.before) query = query.where('invitation.id', '<', options.before);
  return query.execute();
}

export async function findInvitation(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('invitation')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function revokeInvitation(trx: Tx, workspaceId: string, id: string, now: Date) {
  await trx
    .updateTable('invitation')
    .set({ revokedAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** An invitation by its token, with its workspace's name, locked for the accepting transaction when asked. */
export async function findInvitationByToken(db: Db, tokenHash: string, options: { lock?: boolean } = {}) {
  let query = db
    .selectFrom('invitation')
    .innerJoin('workspace', 'workspace.id', 'invitation.workspaceId')
    .selectAll('invitation')
    .select('workspace.name as workspaceName')
    .where('invitation.tokenHash', '=', tokenHash);
  if (options.lock) query = query.forUpdate('invitation');
  return query.executeTakeFirst();
}

export async function markAccepted(trx: Tx, workspaceId: string, id: string, userId: string, now: Date) {
  await trx
    .updateTable('invitation')
    .set({ acceptedAt: now, acceptedBy: userId })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
