import { z } from 'zod';
import { type App, type Deps, idParam, readVersion, requireAuth } from '../../platform/http/index.js';
import { createSeriesBody, seriesListQuery, seriesSchema, stopSeriesBody, updateSeriesBody } from './series.schema.js';
import { createSeries, getSeries, listSeries, stopSeries, updateSeries } from './series.service.js';

const wsParams = z.object({ workspaceId: idParam });
const seriesParams = z.object({ workspaceId: idParam, seriesId: idParam });

/** Recurring meetings: a template and a schedule; the occurrences are ordinary interactions with a seriesId. */
export function seriesRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/meeting-series', {
    schema: {
      tags: ['interactions'],
      summary: 'Recurring meetings, newest first, keyset-paginated; filters partner, relationship, stopped',
      params: wsParams,
      querystring: seriesListQuery,
      response: { 200: z.object({ items: z.array(seriesSchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => listSeries(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.post('/w/:workspaceId/meeting-series', {
    schema: {
      tags: ['interactions'],
      summary:
        'Create a recurring meeting (weekly, monthly or quarterly, every n); its occurrences for the next 90 days are created at once, later ones on schedule',
      params: wsParams,
      body: createSeriesBody,
      response: { 201: seriesSchema },
    },
    handler: async (request, reply) => {
      const series = await createSeries(deps.db, requireAuth(request), request.params.workspaceId, request.body);
      return reply
        .status(201)
        .header('Location', `/api/v1/w/${request.params.workspaceId}/meeting-series/${series.id}`)
        .header('ETag', String(series.version))
        .send(series);
    },
  });

  app.get('/w/:workspaceId/meeting-series/:seriesId', {
    schema: {
      tags: ['interactions'],
      summary: 'A recurring meeting with its next scheduled starts',
      params: seriesParams,
      response: { 200: seriesSchema },
    },
    handler: async (request, reply) => {
      const series = await getSeries(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.seriesId,
      );
      return reply.header('ETag', String(series.version)).send(series);
    },
  });

  app.patch('/w/:workspaceId/meeting-series/:seriesId', {
    schema: {
      tags: ['interactions'],
      summary:
        'Edit a running series (version or If-Match); upcoming occurrences nobody edited follow the new schedule and template; 409 once stopped',
      params: seriesParams,
      body: updateSeriesBody,
      response: { 200: seriesSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, seriesId } = request.params;
      const series = await updateSeries(
        deps.db,
        requireAuth(request),
        workspaceId,
        seriesId,
        request.body,
        readVersion(request),
      );
      return reply.header('ETag', String(series.version)).send(series);
    },
  });

  app.post('/w/:workspaceId/meeting-series/:seriesId/stop', {
    schema: {
      tags: ['interactions'],
      summary: 'Stop a series (version or If-Match): no further occurrences; upcoming ones go to the trash',
      params: seriesParams,
      body: stopSeriesBody.nullish(),
      response: { 200: seriesSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, seriesId } = request.params;
      const series = await stopSeries(
        deps.db,
        requireAuth(request),
        workspaceId,
        seriesId,
        readVersion(request, request.body?.version),
      );
      return reply.header('ETag', String(series.version)).send(series);
    },
  });
}
