import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/core/index.js';
import { type Auth, toPage, uuidCursor } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { countUnread, listNotifications, markAllRead, markRead } from './notifications.repository.js';

/** The caller's own notifications in the workspace, newest first. */
export async function pageNotifications(
  db: Db,
  auth: Auth,
  workspaceId: string,
  query: { limit: number; cursor?: string | undefined; unread?: boolean | undefined },
) {
  await requirePermission(db, auth, workspaceId, 'read');
  const rows = await listNotifications(db, workspaceId, auth.user.id, {
    limit: query.limit,
    before: uuidCursor(query.cursor),
    unread: query.unread ?? false,
  });
  const page = toPage(rows, query.limit, (r) => [r.id]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
  };
}

export async function unreadCount(db: Db, auth: Auth, workspaceId: string): Promise<{ count: number }> {
  await requirePermission(db, auth, workspaceId, 'read');
  return { count: await countUnread(db, workspaceId, auth.user.id) };
}

export async function readNotification(db: Db, auth: Auth, workspaceId: string, id: string): Promise<void> {
  await requirePermission(db, auth, workspaceId, 'read');
  // Someone else's notification answers like a missing one.
  if (!(await markRead(db, workspaceId, auth.user.id, id, new Date()))) throw notFound('Notification');
}

export async function readAllNotifications(db: Db, auth: Auth, workspaceId: string): Promise<void> {
  await requirePermission(db, auth, workspaceId, 'read');
  await markAllRead(db, workspaceId, auth.user.id, new Date());
}
