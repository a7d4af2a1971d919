import { z } from 'zod';
import { pageQuery, toPage, uuidCursor } from '../../http/pagination.js';
import { requireAuth } from '../../http/session.js';
import type { App, Deps } from '../../http/types.js';
import { idParam } from '../shared.schema.js';
import { requirePermission } from '../workspaces/access.js';
import { listWorkspaceEmails } from './email.repository.js';

const emailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export function outboxRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/outbox', {
    schema: {
      tags: ['email'],
      summary: 'Email the workspace sent or queued, newest first (owner/admin); without SMTP_URL this is where email stays',
      params: z.object({ workspaceId: idParam }),
      querystring: pageQuery,
      response: { 200: z.object({ items: z.array(emailSchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => {
      const { workspaceId } = request.params;
      await requirePermission(deps.db, requireAuth(request), workspaceId, 'read_admin');
      const { limit, cursor } = request.query;
      const rows = await listWorkspaceEmails(deps.db, workspaceId, { limit, before: uuidCursor(cursor) });
      const page = toPage(rows, limit, (r) => [r.id]);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((r) => ({
          id: r.id,
          to: r.toAddress,
          subject: r.subject,
          text: r.textBody,
          status: r.status,
          error: r.error,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        })),
      };
    },
  });
}
