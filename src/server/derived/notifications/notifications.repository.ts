import { sql } from 'kysely';
import type { Db, NotificationKind, Tx } from '../../platform/db/index.js';
import { newId } from '../../platform/core/index.js';

export type NewNotification = {
  workspaceId: string;
  userId: string;
  kind: NotificationKind;
  params: Record<string, unknown>;
  entityType: string | null;
  entityId: string | null;
};

export async function insertNotifications(trx: Tx, rows: NewNotification[], now: Date) {
  if (rows.length === 0) return;
  await trx
    .insertInto('notification')
    .values(rows.map((row) => ({ ...row, id: newId(), params: JSON.stringify(row.params), createdAt: now })))
    .execute();
}

/**
 * One member's notifications in a workspace, newest first; every query is scoped to both, so no one reads another's.
 */
export async function listNotifications(
  db: Db,
  workspaceId: string,
  userId: string,
  options: { limit: number; before?: string | undefined; unread: boolean },
) {
  let query = db
    .selectFrom('notification')
    .select(['id', 'kind', 'params', 'entityType', 'entityId', 'createdAt', 'readAt'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.before) query = query.where('id', '<', options.before);
  if (options.unread) query = query.where('readAt', 'is', null);
  return query.execute();
}

export async function countUnread(db: Db, workspaceId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Marks one as read (keeping the first read time); false when the member has no such notification. */
export async function markRead(db: Db, workspaceId: string, userId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('notification')
    .set({ readAt: sql<Date>`coalesce(read_at, ${now})` })
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markAllRead(db: Db, workspaceId: string, userId: string, now: Date) {
  await db
    .updateTable('notification')
    .set({ readAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .execute();
}
