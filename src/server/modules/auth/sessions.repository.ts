import type { Db } from '../../db/database.js';

export async function insertSession(
  db: Db,
  session: { id: string; userId: string; csrfToken: string; currentWorkspaceId: string | null; expiresAt: Date; ip: string; userAgent: string | null },
) {
  await db.insertInto('userSession').values(session).execute();
}

export async function findSessionWithUser(db: Db, id: string) {
  const row = await db
    .selectFrom('userSession')
    .innerJoin('appUser', 'appUser.id', 'userSession.userId')
    .select([
      'userSession.id as sessionId',
      'userSession.csrfToken',
      'userSession.currentWorkspaceId',
      'userSession.lastSeenAt',
      'userSession.expiresAt',
    ])
    .selectAll('appUser')
    .where('userSession.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { sessionId, csrfToken, currentWorkspaceId, lastSeenAt, expiresAt, ...user } = row;
  return { sessionId, csrfToken, currentWorkspaceId, lastSeenAt, expiresAt, user };
}

export async function touchSession(db: Db, id: string, now: Date, expiresAt: Date) {
  await db.updateTable('userSession').set({ lastSeenAt: now, expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string) {
  await db.deleteFrom('userSession').where('id', '=', id).execute();
}

/** After a password reset every session of the user ends, so a thief's session dies with the old password. */
export async function deleteUserSessions(db: Db, userId: string) {
  await db.deleteFrom('userSession').where('userId', '=', userId).execute();
}

export async function setCurrentWorkspace(db: Db, sessionId: string, workspaceId: string) {
  await db.updateTable('userSession').set({ currentWorkspaceId: workspaceId }).where('id', '=', sessionId).execute();
}
