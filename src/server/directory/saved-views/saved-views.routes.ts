import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { partnerFilters, SORTS } from '../partners/index.js';
import { createView, deleteView, listViews } from './saved-views.service.js';

// A saved view is the list's query string, checked against the same rules as the list itself.
const viewQuery = z.record(z.string(), z.string().max(2000)).superRefine((query, ctx) => {
  const checked = partnerFilters
    .extend({ sort: z.enum(SORTS).optional() })
    .strict()
    .safeParse(query);
  if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue, path: issue.path });
});
const viewSchema = z.object({ id: z.string(), name: z.string(), query: z.record(z.string(), z.string()) });

/** Saved views of the partner list: each member's own. */
export function savedViewRoutes(app: App, deps: Deps) {
  const params = z.object({ workspaceId: idParam });
  app.get('/w/:workspaceId/saved-views', {
    schema: {
      tags: ['partners'],
      summary: 'My saved views of the partner list',
      params,
      response: { 200: z.object({ items: z.array(viewSchema) }) },
    },
    handler: async (request) => listViews(deps.db, requireAuth(request), request.params.workspaceId),
  });
  app.post('/w/:workspaceId/saved-views', {
    schema: {
      tags: ['partners'],
      summary: 'Save the current filters and sort under a name',
      params,
      body: z.object({ name: z.string().trim().min(1).max(100), query: viewQuery }).strict(),
      response: { 201: viewSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createView(deps.db, requireAuth(request), request.params.workspaceId, request.body)),
  });
  app.delete('/w/:workspaceId/saved-views/:viewId', {
    schema: {
      tags: ['partners'],
      summary: 'Delete one of my saved views',
      params: z.object({ workspaceId: idParam, viewId: idParam }),
    },
    handler: async (request, reply) => {
      await deleteView(deps.db, requireAuth(request), request.params.workspaceId, request.params.viewId);
      return reply.status(204).send();
    },
  });
}
