import { z } from 'zod';
import { type App, type Deps, idParam, readVersion, requireAuth } from '../../platform/http/index.js';
import { getAnalytics } from './analytics.service.js';
import { getBoard, listRelationships } from './list.service.js';
import {
  analyticsQuery,
  analyticsSchema,
  boardQuery,
  boardSchema,
  createRelationshipBody,
  relationshipListQuery,
  relationshipSchema,
  updateRelationshipBody,
} from './relationships.schema.js';
import {
  createRelationship,
  deleteRelationship,
  getRelationship,
  listRelationshipsOfPartner,
  restoreRelationship,
  updateRelationship,
} from './relationships.service.js';

const wsParams = z.object({ workspaceId: idParam });
const relationshipParams = z.object({ workspaceId: idParam, relationshipId: idParam });

export function relationshipRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/relationships', {
    schema: {
      tags: ['relationships'],
      summary:
        'Relationships, filtered and sorted, keyset-paginated; a relationship whose partner is in the trash is not listed',
      params: wsParams,
      querystring: relationshipListQuery,
      response: { 200: z.object({ items: z.array(relationshipSchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) =>
      listRelationships(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.post('/w/:workspaceId/relationships', {
    schema: {
      tags: ['relationships'],
      summary: 'Start a relationship with a partner; writes the initial stage-history row',
      params: wsParams,
      body: createRelationshipBody,
      response: { 201: relationshipSchema },
    },
    handler: async (request, reply) => {
      const relationship = await createRelationship(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.body,
      );
      return reply
        .status(201)
        .header('Location', `/api/v1/w/${request.params.workspaceId}/relationships/${relationship.id}`)
        .header('ETag', String(relationship.version))
        .send(relationship);
    },
  });

  app.get('/w/:workspaceId/relationships/board', {
    schema: {
      tags: ['relationships'],
      summary: 'The board: a column per stage or tier with its count and first cards in partner-name order',
      params: wsParams,
      querystring: boardQuery,
      response: { 200: boardSchema },
    },
    handler: async (request) => getBoard(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.get('/w/:workspaceId/relationships/analytics', {
    schema: {
      tags: ['relationships'],
      summary:
        'Per stage: relationships in it now, median stay, how many were in it and moved on during a period (default: the last 90 days)',
      params: wsParams,
      querystring: analyticsQuery,
      response: { 200: analyticsSchema },
    },
    handler: async (request) => getAnalytics(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.get('/w/:workspaceId/relationships/:relationshipId', {
    schema: {
      tags: ['relationships'],
      summary: 'A relationship with the checklist of its current stage',
      params: relationshipParams,
      response: { 200: relationshipSchema },
    },
    handler: async (request, reply) => {
      const relationship = await getRelationship(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.relationshipId,
      );
      return reply.header('ETag', String(relationship.version)).send(relationship);
    },
  });

  app.patch('/w/:workspaceId/relationships/:relationshipId', {
    schema: {
      tags: ['relationships'],
      summary:
        'Edit a relationship (version or If-Match; not its stage); a team given replaces the stored one; 412 stale_version carries the current one',
      params: relationshipParams,
      body: updateRelationshipBody,
      response: { 200: relationshipSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, relationshipId } = request.params;
      const relationship = await updateRelationship(
        deps.db,
        requireAuth(request),
        workspaceId,
        relationshipId,
        request.body,
        readVersion(request),
      );
      return reply.header('ETag', String(relationship.version)).send(relationship);
    },
  });

  app.delete('/w/:workspaceId/relationships/:relationshipId', {
    schema: {
      tags: ['relationships'],
      summary: 'Move a relationship to the trash (If-Match: version); restorable',
      params: relationshipParams,
    },
    handler: async (request, reply) => {
      await deleteRelationship(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.relationshipId,
        readVersion(request),
      );
      return reply.status(204).send();
    },
  });

  app.post('/w/:workspaceId/relationships/:relationshipId/restore', {
    schema: {
      tags: ['relationships'],
      summary: 'Bring a relationship back from the trash',
      params: relationshipParams,
      response: { 200: relationshipSchema },
    },
    handler: async (request) =>
      restoreRelationship(deps.db, requireAuth(request), request.params.workspaceId, request.params.relationshipId),
  });

  app.get('/w/:workspaceId/partners/:partnerId/relationships', {
    schema: {
      tags: ['relationships'],
      summary: "A partner's relationships that are not in the trash, oldest first",
      params: z.object({ workspaceId: idParam, partnerId: idParam }),
      response: { 200: z.object({ items: z.array(relationshipSchema) }) },
    },
    handler: async (request) =>
      listRelationshipsOfPartner(deps.db, requireAuth(request), request.params.workspaceId, request.params.partnerId),
  });
}
