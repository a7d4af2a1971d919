import type { Db } from '../../platform/db/index.js';

/**
 * A member as a reminder addresses them: where, in which language and time zone, and the workspace's name; undefined
 * once they left.
 */
export async function findRecipient(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom('membership as m')
    .innerJoin('appUser as u', 'u.id', 'm.userId')
    .innerJoin('workspace as w', 'w.id', 'm.workspaceId')
    .select([
      'u.id as userId',
      'u.email',
      'u.name',
      'u.locale',
      'u.timeZone',
      'w.id as workspaceId',
      'w.name as workspaceName',
    ])
    .where('m.workspaceId', '=', workspaceId)
    .where('m.userId', '=', userId)
    .executeTakeFirst();
}

export type Recipient = NonNullable<Awaited<ReturnType<typeof findRecipient>>>;
