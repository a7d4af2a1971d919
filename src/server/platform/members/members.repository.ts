import { sql } from 'kysely';
import { type Db, nextVersion, type Role, type Tx } from '../db/index.js';

const memberColumns = [
  'membership.userId',
  'membership.role',
  'membership.createdAt',
  'membership.version',
  'appUser.name',
  'appUser.email',
] as const;

/**
 * The cursor carries joinedAt as a JavaScript Date, which keeps milliseconds while PostgreSQL keeps
 * microseconds; sorting and comparing on the millisecond makes the cursor match the row it came from.
 */
const joinedAtMs = sql<Date>`date_trunc('milliseconds', ${sql.ref('membership.createdAt')})`;

export async function listMembers(
  db: Db,
  workspaceId: string,
  options: { limit: number; after?: { createdAt: string; userId: string } | undefined },
) {
  let query = db
    .selectFrom('membership')
    .innerJoin('appUser', 'appUser.id', 'membership.userId')
    .select(memberColumns)
    .where('membership.workspaceId', '=', workspaceId)
    .orderBy(joinedAtMs)
    .orderBy('membership.userId')
    .limit(options.limit + 1);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb(joinedAtMs, '>', new Date(after.createdAt)),
        eb.and([eb(joinedAtMs, '=', new Date(after.createdAt)), eb('membership.userId', '>', after.userId)]),
      ]),
    );
  }
  return query.execute();
}

export async function findMember(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom('membership')
    .innerJoin('appUser', 'appUser.id', 'membership.userId')
    .select(memberColumns)
    .where('membership.workspaceId', '=', workspaceId)
    .where('membership.userId', '=', userId)
    .executeTakeFirst();
}

/** Locks the workspace's owner rows so two concurrent demotions cannot leave it without an owner. */
export async function lockOwners(trx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('membership')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'owner')
    .forUpdate()
    .execute();
  return rows.map((r) => r.userId);
}

export async function updateMemberRole(trx: Tx, workspaceId: string, userId: string, role: Role, version: number) {
  return trx
    .updateTable('membership')
    .set({ role, ...nextVersion() })
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .where('version', '=', version)
    .returning(['version'])
    .executeTakeFirst();
}

export async function deleteMembership(trx: Tx, workspaceId: string, userId: string, version: number) {
  const result = await trx
    .deleteFrom('membership')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A removed member's open sessions must not keep pointing at the workspace. */
export async function clearCurrentWorkspace(trx: Tx, workspaceId: string, userId: string) {
  await trx
    .updateTable('userSession')
    .set({ currentWorkspaceId: null })
    .where('userId', '=', userId)
    .where('currentWorkspaceId', '=', workspaceId)
    .execute();
}
