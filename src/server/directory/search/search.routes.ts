import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { listPartners } from '../partners/index.js';

const resultSchema = z.object({
  id: z.string(),
  type: z.enum(['organization', 'person']),
  name: z.string(),
  snippet: z.string().nullable(),
});

/** The one search box: partners and people now, more kinds of record as their features come. */
export function searchRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/search', {
    schema: {
      tags: ['search'],
      summary: 'Search partners and people by name, email, phone, tag and profile text, best matches first',
      params: z.object({ workspaceId: idParam }),
      querystring: z
        .object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(50).default(10) })
        .strict(),
      response: { 200: z.object({ items: z.array(resultSchema) }) },
    },
    handler: async (request) => {
      const { q, limit } = request.query;
      const page = await listPartners(deps.db, requireAuth(request), request.params.workspaceId, { q, limit });
      return {
        items: page.items.map((p) => ({ id: p.id, type: p.type, name: p.name, snippet: p.email ?? p.phone ?? null })),
      };
    },
  });
}
