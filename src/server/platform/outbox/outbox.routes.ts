import { z } from 'zod';
import { type App, type Deps, idParam, pageQuery, requireAuth } from '../http/index.js';
import { getOutboxEmail, listOutbox, retryEmail } from './outbox.service.js';

import { EMAIL_STATUSES as STATUSES } from '../../../shared/values/outbox.js';

const emailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(STATUSES),
  /** The last failed attempt's error; kept while a queued message waits for its next attempt. */
  error: z.string().nullable(),
  attempts: z.number(),
  lastAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export function outboxRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/outbox', {
    schema: {
      tags: ['email'],
      summary:
        'Email the workspace sent or queued, newest first (owner/admin); status filters; without SMTP_URL this is where email stays',
      params: z.object({ workspaceId: idParam }),
      querystring: pageQuery.extend({ status: z.enum(STATUSES).optional() }),
      response: { 200: z.object({ items: z.array(emailSchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => listOutbox(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.post('/w/:workspaceId/outbox/:emailId/retry', {
    schema: {
      tags: ['email'],
      summary: 'Queue a failed message again (owner/admin) and try it at once; 409 conflict unless it failed',
      params: z.object({ workspaceId: idParam, emailId: idParam }),
      response: { 200: emailSchema },
    },
    handler: async (request) => {
      const { workspaceId, emailId } = request.params;
      const auth = requireAuth(request);
      await retryEmail(deps.db, auth, workspaceId, emailId);
      await deps.mailer.deliver([emailId]);
      return getOutboxEmail(deps.db, auth, workspaceId, emailId);
    },
  });
}
