import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { keepInTouchPageSchema, keepInTouchQuery, snoozeBody, snoozeSchema } from './keep-in-touch.schema.js';
import { getKeepInTouch } from './keep-in-touch.service.js';
import { endSnooze, getSnoozes, snooze } from './snooze.service.js';

const wsParams = z.object({ workspaceId: idParam });
const relationshipParams = z.object({ workspaceId: idParam, relationshipId: idParam });

/** The keep-in-touch view and the snoozes that take a relationship off it for a while. */
export function keepInTouchRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/keep-in-touch', {
    schema: {
      tags: ['keep-in-touch'],
      summary:
        'Active relationships overdue or due within 7 days and not snoozed, most urgent first ((overdue days + 7) × tier weight); scope=team for owners and admins',
      params: wsParams,
      querystring: keepInTouchQuery,
      response: { 200: keepInTouchPageSchema },
    },
    handler: async (request) =>
      getKeepInTouch(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.post('/w/:workspaceId/relationships/:relationshipId/snooze', {
    schema: {
      tags: ['keep-in-touch'],
      summary:
        'Snooze until a date (after today, at most 365 days ahead: rules date_not_future, date_too_far); ends the live snooze',
      params: relationshipParams,
      body: snoozeBody,
      response: { 201: snoozeSchema },
    },
    handler: async (request, reply) => {
      const created = await snooze(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.relationshipId,
        request.body,
      );
      return reply.status(201).send(created);
    },
  });

  app.delete('/w/:workspaceId/relationships/:relationshipId/snooze', {
    schema: {
      tags: ['keep-in-touch'],
      summary: 'End the live snooze early (404 when none is live)',
      params: relationshipParams,
    },
    handler: async (request, reply) => {
      await endSnooze(deps.db, requireAuth(request), request.params.workspaceId, request.params.relationshipId);
      return reply.status(204).send();
    },
  });

  app.get('/w/:workspaceId/relationships/:relationshipId/snoozes', {
    schema: {
      tags: ['keep-in-touch'],
      summary: 'Every snooze of a relationship, newest first',
      params: relationshipParams,
      response: { 200: z.object({ items: z.array(snoozeSchema) }) },
    },
    handler: async (request) =>
      getSnoozes(deps.db, requireAuth(request), request.params.workspaceId, request.params.relationshipId),
  });
}
