import { z } from 'zod';
import { type App, type Deps, idParam, pageQuery, requireAuth, toPage, uuidCursor } from '../http/index.js';
import { requirePermission } from '../access/index.js';
import { listAudit } from './audit.repository.js';

const entrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
});

export function auditRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/audit-log', {
    schema: {
      tags: ['audit'],
      summary: 'Every change in the workspace, newest first (owner/admin)',
      params: z.object({ workspaceId: idParam }),
      querystring: pageQuery,
      response: { 200: z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => {
      const { workspaceId } = request.params;
      await requirePermission(deps.db, requireAuth(request), workspaceId, 'read_admin');
      const { limit, cursor } = request.query;
      const rows = await listAudit(deps.db, workspaceId, { limit, before: uuidCursor(cursor) });
      const page = toPage(rows, limit, (r) => [r.id]);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((r) => ({
          id: r.id,
          at: r.createdAt.toISOString(),
          actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          changes: r.changes,
        })),
      };
    },
  });
}
