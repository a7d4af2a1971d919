export { SEND_EMAIL, findWorkspaceEmail, insertEmail, listWorkspaceEmails, requeueEmail } from './email.repository.js';
export type { OutboxRow } from './email.repository.js';
export { createMailer } from './mailer.js';
export type { Mailer } from './mailer.js';
export { sendEmailJob } from './send-email.job.js';
export { createEmailSender } from './sender.js';
export type { EmailSender } from './sender.js';
export { invitationEmail, resetEmail } from './templates.js';
