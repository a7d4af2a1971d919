import type { Db } from '../db/index.js';

export async function insertSession(
  db: Db,
  session: {
    id: string;
    userId: string;
    csrfToken: string;
    currentWorkspaceId: string | null;
    expiresAt: Date;
    ip: string;
    userAgent: string | null;
  },
) {
  await db.insertInto('userSession').values(session).execute();
}

/**
 * The session, its user and, when the request names a workspace, the user's membership there:
 * one round trip for what every workspace request needs before it can do anything.
 */
export async function findSessionWithUser(db: Db, id: string, workspaceId?: string) {
  const row = await db
    .selectFrom('userSession')
    .innerJoin('appUser', 'appUser.id', 'userSession.userId')
    .leftJoin('membership', (join) =>
      join
        .onRef('membership.userId', '=', 'userSession.userId')
        // No workspace in the path: a condition that is never true keeps the join empty.
        .on('membership.workspaceId', '=', workspaceId ?? NO_WORKSPACE),
    )
    .select([
      'userSession.id as sessionId',
      'userSession.csrfToken',
      'userSession.currentWorkspaceId',
      'userSession.lastSeenAt',
      'userSession.expiresAt',
      'membership.role as memberRole',
      'membership.createdAt as memberCreatedAt',
      'membership.updatedAt as memberUpdatedAt',
      'membership.version as memberVersion',
    ])
    .selectAll('appUser')
    .where('userSession.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    sessionId,
    csrfToken,
    currentWorkspaceId,
    lastSeenAt,
    expiresAt,
    memberRole,
    memberCreatedAt,
    memberUpdatedAt,
    memberVersion,
    ...user
  } = row;
  const membership =
    workspaceId && memberRole && memberCreatedAt && memberUpdatedAt && memberVersion !== null
      ? {
          workspaceId,
          userId: user.id,
          role: memberRole,
          createdAt: memberCreatedAt,
          updatedAt: memberUpdatedAt,
          version: memberVersion,
        }
      : undefined;
  return { sessionId, csrfToken, currentWorkspaceId, lastSeenAt, expiresAt, user, membership };
}

const NO_WORKSPACE = '00000000-0000-0000-0000-000000000000';

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
