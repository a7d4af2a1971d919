import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { searchQuery, searchResult } from './search.schema.js';
import { searchWorkspace } from './search.service.js';

/** The one search box of the header: partners, people, relationships, interactions and tasks. */
export function searchRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/search', {
    schema: {
      tags: ['search'],
      summary:
        'Search partners and people (name, email, phone, tag, profile text), relationships (partner name, purpose), interactions (subject, notes, minutes) and tasks (title, notes): up to `limit` of each kind, best first',
      params: z.object({ workspaceId: idParam }),
      querystring: searchQuery,
      response: { 200: z.object({ items: z.array(searchResult) }) },
    },
    handler: async (request) => {
      const { q, limit } = request.query;
      return searchWorkspace(deps.db, requireAuth(request), request.params.workspaceId, q, limit);
    },
  });
}
