import { z } from 'zod';
import { type App, type Deps, idParam, readVersion, requireAuth } from '../../platform/http/index.js';
import { logBatch } from './batch.service.js';
import {
  batchInteractionBody,
  createInteractionBody,
  interactionListQuery,
  interactionSchema,
  updateInteractionBody,
} from './interactions.schema.js';
import {
  createInteraction,
  deleteInteraction,
  getInteraction,
  restoreInteraction,
  updateInteraction,
} from './interactions.service.js';
import { listInteractions } from './list.service.js';

const wsParams = z.object({ workspaceId: idParam });
const interactionParams = z.object({ workspaceId: idParam, interactionId: idParam });

export function interactionRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/interactions', {
    schema: {
      tags: ['interactions'],
      summary:
        'Interactions newest first, keyset-paginated; filters partner (as partner or participant), relationship (it or its partner), member, kind, meeting, series, from/to',
      params: wsParams,
      querystring: interactionListQuery,
      response: { 200: z.object({ items: z.array(interactionSchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) =>
      listInteractions(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.post('/w/:workspaceId/interactions', {
    schema: {
      tags: ['interactions'],
      summary:
        'Log an interaction or plan a meeting (agenda, minutes, decisions, action items); notes and minutes are sanitised HTML; updates last contact',
      params: wsParams,
      body: createInteractionBody,
      response: { 201: interactionSchema },
    },
    handler: async (request, reply) => {
      const interaction = await createInteraction(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.body,
      );
      return reply
        .status(201)
        .header('Location', `/api/v1/w/${request.params.workspaceId}/interactions/${interaction.id}`)
        .header('ETag', String(interaction.version))
        .send(interaction);
    },
  });

  app.post('/w/:workspaceId/interactions/batch', {
    schema: {
      tags: ['interactions'],
      summary:
        'Batch logging after an event: one interaction (default kind event_encounter) per person in personIds and per partner in partnerIds, all or nothing; errors name personIds.N / partnerIds.N',
      params: wsParams,
      body: batchInteractionBody,
      response: { 201: z.object({ items: z.array(interactionSchema) }) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send({ items: await logBatch(deps.db, requireAuth(request), request.params.workspaceId, request.body) }),
  });

  app.get('/w/:workspaceId/interactions/:interactionId', {
    schema: {
      tags: ['interactions'],
      summary: 'An interaction with its participants, agenda, decisions and action items',
      params: interactionParams,
      response: { 200: interactionSchema },
    },
    handler: async (request, reply) => {
      const interaction = await getInteraction(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.interactionId,
      );
      return reply.header('ETag', String(interaction.version)).send(interaction);
    },
  });

  app.patch('/w/:workspaceId/interactions/:interactionId', {
    schema: {
      tags: ['interactions'],
      summary:
        'Edit an interaction (version or If-Match); lists given replace the stored ones; 412 stale_version carries the current one',
      params: interactionParams,
      body: updateInteractionBody,
      response: { 200: interactionSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, interactionId } = request.params;
      const interaction = await updateInteraction(
        deps.db,
        requireAuth(request),
        workspaceId,
        interactionId,
        request.body,
        readVersion(request),
      );
      return reply.header('ETag', String(interaction.version)).send(interaction);
    },
  });

  app.delete('/w/:workspaceId/interactions/:interactionId', {
    schema: {
      tags: ['interactions'],
      summary: 'Move an interaction and its action items to the trash (If-Match: version); restorable',
      params: interactionParams,
    },
    handler: async (request, reply) => {
      await deleteInteraction(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.interactionId,
        readVersion(request),
      );
      return reply.status(204).send();
    },
  });

  app.post('/w/:workspaceId/interactions/:interactionId/restore', {
    schema: {
      tags: ['interactions'],
      summary: 'Bring an interaction and its action items back from the trash',
      params: interactionParams,
      response: { 200: interactionSchema },
    },
    handler: async (request) =>
      restoreInteraction(deps.db, requireAuth(request), request.params.workspaceId, request.params.interactionId),
  });
}
