import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { timelinePageSchema, timelineQuery } from './timeline.schema.js';
import { getPartnerTimeline, getRelationshipTimeline } from './timeline.service.js';

export function timelineRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/partners/:partnerId/timeline', {
    schema: {
      tags: ['interactions'],
      summary:
        "A partner's timeline, newest first, keyset-paginated: interactions and meetings (as partner or participant), its tasks, its relationships' stage changes and value assessments; filters kind (several) and member",
      params: z.object({ workspaceId: idParam, partnerId: idParam }),
      querystring: timelineQuery,
      response: { 200: timelinePageSchema },
    },
    handler: async (request) =>
      getPartnerTimeline(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.partnerId,
        request.query,
      ),
  });

  app.get('/w/:workspaceId/relationships/:relationshipId/timeline', {
    schema: {
      tags: ['interactions'],
      summary:
        "A relationship's timeline, newest first, keyset-paginated: interactions and tasks naming it or its partner, its stage changes and value assessments; filters kind (several) and member",
      params: z.object({ workspaceId: idParam, relationshipId: idParam }),
      querystring: timelineQuery,
      response: { 200: timelinePageSchema },
    },
    handler: async (request) =>
      getRelationshipTimeline(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.relationshipId,
        request.query,
      ),
  });
}
