import type { NotificationKind, Tx } from '../../platform/db/index.js';
import { enqueueJobs } from '../../platform/jobs/index.js';
import { insertNotifications, type NewNotification } from './notifications.repository.js';
import { choicesOf } from './preferences.repository.js';

/**
 * The job that writes a reminder email in its reader's language (it needs the config's public URL, a request's
 * transaction does not have it).
 */
export const REMINDER_EMAIL = 'reminder_email';

export type Notice = Omit<NewNotification, 'kind'>;

/**
 * Tells members about something per their choice for the kind, inside the caller's transaction
 * (so a refused change notifies no one): in the app at once, and by email through a job queued in
 * the same transaction. Members who chose neither, or left the workspace, get nothing.
 */
export async function notify(trx: Tx, kind: NotificationKind, notices: Notice[], now: Date): Promise<void> {
  if (notices.length === 0) return;
  const choices = new Map((await choicesOf(trx, kind, notices)).map((c) => [`${c.workspaceId}:${c.userId}`, c]));
  const choiceOf = (n: Notice) => choices.get(`${n.workspaceId}:${n.userId}`);
  await insertNotifications(
    trx,
    notices.filter((n) => choiceOf(n)?.inApp).map((n) => ({ ...n, kind })),
    now,
  );
  await enqueueJobs(
    trx,
    notices
      .filter((n) => choiceOf(n)?.byEmail)
      .map((n) => ({
        kind: REMINDER_EMAIL,
        payload: { kind, workspaceId: n.workspaceId, userId: n.userId, params: n.params },
        maxAttempts: 3,
      })),
  );
}
