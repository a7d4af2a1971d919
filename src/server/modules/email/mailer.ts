import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.js';
import { findQueuedEmails, markEmail } from './email.repository.js';

export type Mailer = {
  /** Sends the given queued messages over SMTP, or leaves them in the outbox when SMTP is not configured. */
  deliver: (ids: string[]) => Promise<void>;
  close: () => void;
};

export function createMailer(options: { db: Db; smtpUrl: string | undefined; from: string; log: FastifyBaseLogger }): Mailer {
  const { db, smtpUrl, from, log } = options;
  if (!smtpUrl) {
    return {
      deliver: async (ids) => {
        for (const email of await findQueuedEmails(db, ids)) {
          // Workspace email is readable by admins in the outbox page. Account email (a password reset)
          // belongs to no workspace, so on a zero-setup install it is written to the server log for the operator.
          if (email.workspaceId) log.info({ email: email.id }, 'SMTP_URL is not set: email kept in the outbox');
          else log.warn({ to: email.toAddress, subject: email.subject, text: email.textBody }, 'SMTP_URL is not set: account email written to the log');
        }
      },
      close: () => undefined,
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    deliver: async (ids) => {
      for (const email of await findQueuedEmails(db, ids)) {
        try {
          await transport.sendMail({ from, to: email.toAddress, subject: email.subject, text: email.textBody, ...(email.htmlBody ? { html: email.htmlBody } : {}) });
          await markEmail(db, email.id, { status: 'sent' });
        } catch (error) {
          // A refusing server must not fail the request that caused the email; the message stays visible as failed.
          const message = error instanceof Error ? error.message : String(error);
          log.warn({ email: email.id, err: message }, 'email delivery failed');
          await markEmail(db, email.id, { status: 'failed', error: message.slice(0, 500) });
        }
      }
    },
    close: () => transport.close(),
  };
}
