/** Where an email stands: waiting to be sent (or retried), sent, or given up on. */
export const EMAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
