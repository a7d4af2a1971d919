import type { Db, EmailStatus } from '../db/index.js';
import { AppError, notFound } from '../core/index.js';
import { type Auth, toPage, uuidCursor } from '../http/index.js';
import { requirePermission } from '../access/index.js';
import { findWorkspaceEmail, listWorkspaceEmails, requeueEmail, type OutboxRow } from '../email/index.js';

export type OutboxItem = ReturnType<typeof presentEmail>;

function presentEmail(row: OutboxRow) {
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody,
    status: row.status,
    error: row.error,
    attempts: row.attempts,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** The workspace's email, newest first (owners and admins: it shows who was invited and why delivery failed). */
export async function listOutbox(
  db: Db,
  auth: Auth,
  workspaceId: string,
  query: { limit: number; cursor?: string | undefined; status?: EmailStatus | undefined },
) {
  await requirePermission(db, auth, workspaceId, 'read_admin');
  const rows = await listWorkspaceEmails(db, workspaceId, {
    limit: query.limit,
    before: uuidCursor(query.cursor),
    status: query.status,
  });
  const page = toPage(rows, query.limit, (r) => [r.id]);
  return { nextCursor: page.nextCursor, items: page.items.map(presentEmail) };
}

/** Queues a failed message again with a fresh set of attempts; the caller gives it its first one at once. */
export async function retryEmail(db: Db, auth: Auth, workspaceId: string, id: string, now = new Date()): Promise<void> {
  await requirePermission(db, auth, workspaceId, 'read_admin');
  const requeued = await db.transaction().execute((trx) => requeueEmail(trx, workspaceId, id, now));
  if (requeued) return;
  const current = await findWorkspaceEmail(db, workspaceId, id);
  if (!current) throw notFound('Email');
  throw new AppError('conflict', `Only a failed message can be retried; this one is ${current.status}`, {
    extra: { current: presentEmail(current) },
  });
}

export async function getOutboxEmail(db: Db, auth: Auth, workspaceId: string, id: string): Promise<OutboxItem> {
  await requirePermission(db, auth, workspaceId, 'read_admin');
  const row = await findWorkspaceEmail(db, workspaceId, id);
  if (!row) throw notFound('Email');
  return presentEmail(row);
}
