import type { Db, EmailStatus, Tx } from '../db/index.js';
import { newId } from '../core/index.js';
import { enqueueJob, requeueFailedJob } from '../jobs/index.js';

export type NewEmail = {
  workspaceId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
};

/** Delivery tries a message this many times (1, 2, 4 … minutes apart) before it is marked failed. */
export const EMAIL_MAX_ATTEMPTS = 8;
export const SEND_EMAIL = 'send_email';

/** The unique key of a message's delivery job: one job per message, ever. */
export const emailJobKey = (emailId: string) => `email:${emailId}`;

/**
 * Stores a message as queued, with the job that delivers it, inside the caller's transaction:
 * the message exists exactly when the change that caused it committed, and is never lost after.
 */
export async function insertEmail(trx: Tx, email: NewEmail): Promise<string> {
  const id = newId();
  await trx
    .insertInto('emailMessage')
    .values({
      id,
      workspaceId: email.workspaceId,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      headers: JSON.stringify(email.headers ?? {}),
      status: 'queued',
    })
    .execute();
  await enqueueJob(trx, {
    kind: SEND_EMAIL,
    payload: { emailId: id },
    uniqueKey: emailJobKey(id),
    maxAttempts: EMAIL_MAX_ATTEMPTS,
  });
  return id;
}

export async function findEmail(db: Db, id: string) {
  return db.selectFrom('emailMessage').selectAll().where('id', '=', id).executeTakeFirst();
}

export type Attempt = { at: Date } & ({ status: 'sent' } | { status: 'queued' | 'failed'; error: string });

/** Records one delivery attempt: sent, still queued with its error (to be retried), or failed for good. */
export async function recordAttempt(db: Db, id: string, attempt: Attempt) {
  await db
    .updateTable('emailMessage')
    .set((eb) => ({
      status: attempt.status,
      attempts: eb('attempts', '+', 1),
      lastAttemptAt: attempt.at,
      ...(attempt.status === 'sent' ? { sentAt: attempt.at, error: null } : { error: attempt.error.slice(0, 500) }),
    }))
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute();
}

/** Queues a failed message of a workspace again, with its delivery job; false when there is no such failed message. */
export async function requeueEmail(trx: Tx, workspaceId: string, id: string, now: Date): Promise<boolean> {
  const result = await trx
    .updateTable('emailMessage')
    .set({ status: 'queued', error: null })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await requeueFailedJob(trx, { kind: SEND_EMAIL, payload: { emailId: id }, uniqueKey: emailJobKey(id), runAt: now });
  return true;
}

export async function findWorkspaceEmail(db: Db, workspaceId: string, id: string) {
  return outboxColumns(db).where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

function outboxColumns(db: Db) {
  return db
    .selectFrom('emailMessage')
    .select([
      'id',
      'toAddress',
      'subject',
      'textBody',
      'status',
      'error',
      'createdAt',
      'sentAt',
      'attempts',
      'lastAttemptAt',
    ]);
}

export type OutboxRow = NonNullable<Awaited<ReturnType<typeof findWorkspaceEmail>>>;

export async function listWorkspaceEmails(
  db: Db,
  workspaceId: string,
  options: { limit: number; before?: string | undefined; status?: EmailStatus | undefined },
): Promise<OutboxRow[]> {
  let query = outboxColumns(db)
    .where('workspaceId', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.before) query = query.where('id', '<', options.before);
  if (options.status) query = query.where('status', '=', options.status);
  return query.execute();
}
