import { z } from 'zod';
import { type App, type Deps, idParam, pageQuery, requireAuth, toPage, uuidCursor } from '../http/index.js';
import { auditPage } from './audit.service.js';

const entrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  entityName: z.string().nullable().describe("The record's current or last known name; null once it is purged"),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  names: z
    .record(z.string(), z.string())
    .describe('Names of the ids the changes mention (members, partners, tags, checklist items…), by id'),
});

export function auditRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/audit-log', {
    schema: {
      tags: ['audit'],
      summary: 'Every change in the workspace, newest first, with the names it mentions (owner/admin)',
      params: z.object({ workspaceId: idParam }),
      querystring: pageQuery,
      response: { 200: z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => {
      const { workspaceId } = request.params;
      const { limit, cursor } = request.query;
      const rows = await auditPage(deps.db, requireAuth(request), workspaceId, { limit, before: uuidCursor(cursor) });
      const page = toPage(rows, limit, (r) => [r.id]);
      return { nextCursor: page.nextCursor, items: page.items };
    },
  });
}
