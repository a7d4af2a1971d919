import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { healthSchema } from './relationship-health.schema.js';
import { getHealth } from './relationship-health.service.js';

const relationshipParams = z.object({ workspaceId: idParam, relationshipId: idParam });

export function relationshipHealthRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/relationships/:relationshipId/health', {
    schema: {
      tags: ['relationships'],
      summary:
        "The health score (0–100), each component's points and contribution with the facts behind it, and the last 90 days' trend",
      params: relationshipParams,
      response: { 200: healthSchema },
    },
    handler: async (request) =>
      getHealth(deps.db, requireAuth(request), request.params.workspaceId, request.params.relationshipId),
  });
}
