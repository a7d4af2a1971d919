import { z } from 'zod';
import type { Db } from '../../platform/db/index.js';
import type { JobHandler } from '../../platform/jobs/index.js';
import { insertEmail } from '../../platform/email/index.js';
import { findRecipient, unsubscribeLinks } from '../notifications/index.js';
import { overdueEmail, overdueParams, taskAssignedEmail, taskAssignedParams } from './reminder-email.js';

const payloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('task_assigned'),
    workspaceId: z.string(),
    userId: z.string(),
    params: taskAssignedParams,
  }),
  z.object({
    kind: z.literal('relationship_overdue'),
    workspaceId: z.string(),
    userId: z.string(),
    params: overdueParams,
  }),
]);

/**
 * Writes one reminder email (task assigned, relationship overdue) in the reader's language, with
 * its unsubscribe link, and queues its delivery; the job completes in the same transaction, so a
 * crash cannot write the email twice.
 */
export function reminderEmailJob(options: { db: Db; publicUrl: string }): JobHandler {
  const { db, publicUrl } = options;
  return async ({ job, complete }) => {
    const payload = payloadSchema.parse(job.payload);
    const recipient = await findRecipient(db, payload.workspaceId, payload.userId);
    if (!recipient) return;
    await db.transaction().execute(async (trx) => {
      const links = await unsubscribeLinks(trx, publicUrl, {
        userId: recipient.userId,
        workspaceId: recipient.workspaceId,
        kind: payload.kind,
      });
      const appUrl = `${publicUrl}/w/${recipient.workspaceId}`;
      const ctx = {
        locale: recipient.locale,
        appUrl,
        footer: {
          workspaceName: recipient.workspaceName,
          unsubscribeUrl: links.pageUrl,
          settingsUrl: `${appUrl}/settings/reminders`,
        },
      };
      const message =
        payload.kind === 'task_assigned' ? taskAssignedEmail(ctx, payload.params) : overdueEmail(ctx, payload.params);
      await insertEmail(trx, {
        workspaceId: recipient.workspaceId,
        to: recipient.email,
        ...message,
        headers: links.headers,
      });
      await complete(trx);
    });
  };
}
