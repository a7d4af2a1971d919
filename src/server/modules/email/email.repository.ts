import type { Db } from '../../db/database.js';
import { newId } from '../../ids.js';

export type NewEmail = {
  workspaceId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
};

/** Stores a message as queued, inside the caller's transaction; delivery happens after commit. */
export async function insertEmail(trx: Db, email: NewEmail): Promise<string> {
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
      status: 'queued',
    })
    .execute();
  return id;
}

export async function findQueuedEmails(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('emailMessage').selectAll().where('id', 'in', ids).where('status', '=', 'queued').execute();
}

export async function markEmail(db: Db, id: string, result: { status: 'sent' } | { status: 'failed'; error: string }) {
  await db
    .updateTable('emailMessage')
    .set(result.status === 'sent' ? { status: 'sent', sentAt: new Date(), error: null } : { status: 'failed', error: result.error })
    .where('id', '=', id)
    .execute();
}

export async function listWorkspaceEmails(db: Db, workspaceId: string, options: { limit: number; before?: string | undefined }) {
  let query = db
    .selectFrom('emailMessage')
    .select(['id', 'toAddress', 'subject', 'textBody', 'status', 'error', 'createdAt', 'sentAt'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.before) query = query.where('id', '<', options.before);
  return query.execute();
}
