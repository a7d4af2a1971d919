import nodemailer from 'nodemailer';

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
};

/**
 * Every message the server sends is automatic (invitations, password resets, reminders), so each
 * says so (RFC 3834): auto-responders (vacation replies, out-of-office) do not answer it.
 */
export const AUTOMATIC_HEADERS = { 'Auto-Submitted': 'auto-generated' } as const;

/** Talks to the SMTP server; a rejection (refused, unreachable, timed out) is thrown for the job to retry. */
export type EmailSender = { send: (email: OutgoingEmail) => Promise<void>; close: () => void };

/** The SMTP sender of SMTP_URL, or undefined when email stays in the outbox. */
export function createEmailSender(options: { smtpUrl: string | undefined; from: string }): EmailSender | undefined {
  if (!options.smtpUrl) return undefined;
  // Short timeouts: a hanging server should fail the attempt and let back-off retry it, not hold a job for minutes.
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (email) => {
      await transport.sendMail({
        from: options.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        headers: { ...email.headers, ...AUTOMATIC_HEADERS },
      });
    },
    close: () => transport.close(),
  };
}
