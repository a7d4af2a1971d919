import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/index.js';
import type { JobHandler } from '../jobs/index.js';
import { findEmail, recordAttempt } from './email.repository.js';
import type { EmailSender } from './sender.js';

/**
 * Delivers one stored message. A refusing or unreachable server leaves it queued with its error
 * and throws, so the runner retries with back-off; the last failed attempt marks it failed, which
 * is what owners and admins see in the outbox.
 */
export function sendEmailJob(options: {
  db: Db;
  sender: EmailSender | undefined;
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>;
}): JobHandler {
  const { db, sender, log } = options;
  return async ({ job, now, isLastAttempt }) => {
    const email = await findEmail(db, String(job.payload.emailId));
    // Sent already (a run whose completion was lost), or deleted with its account.
    if (!email || email.status !== 'queued') return;
    if (!sender) {
      // Workspace email is readable by admins in the outbox page. Account email (a password reset)
      // belongs to no workspace, so on a zero-setup install it is written to the server log for the operator.
      if (email.workspaceId) log.info({ email: email.id }, 'SMTP_URL is not set: email kept in the outbox');
      else
        log.warn(
          { to: email.toAddress, subject: email.subject, text: email.textBody },
          'SMTP_URL is not set: account email written to the log',
        );
      return;
    }
    try {
      await sender.send({
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
        headers: email.headers,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await recordAttempt(db, email.id, { at: now, status: isLastAttempt ? 'failed' : 'queued', error: message });
      throw error;
    }
    await recordAttempt(db, email.id, { at: now, status: 'sent' });
  };
}
