import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/core/errors.js';
import { requireAuth } from '../../platform/auth/session.js';
import type { App, Auth, Deps } from '../../platform/http/types.js';
import { newId } from '../../platform/core/ids.js';
import { partnerFilters, SORTS } from '../partners/partners.schema.js';
import { idParam } from '../../platform/http/common.schema.js';
import { requirePermission } from '../../platform/access/access.js';

// A saved view is the list's query string, checked against the same rules as the list itself.
const viewQuery = z.record(z.string(), z.string().max(2000)).superRefine((query, ctx) => {
  const checked = partnerFilters
    .extend({ sort: z.enum(SORTS).optional() })
    .strict()
    .safeParse(query);
  if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue, path: issue.path });
});
const viewSchema = z.object({ id: z.string(), name: z.string(), query: z.record(z.string(), z.string()) });

async function listViews(db: Db, auth: Auth, workspaceId: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  const rows = await db
    .selectFrom('savedView')
    .select(['id', 'name', 'query'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', auth.user.id)
    .orderBy('name')
    .execute();
  return { items: rows };
}

async function createView(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: { name: string; query: Record<string, string> },
) {
  // Saving a view changes nothing others see, so viewers may keep their own views too.
  await requirePermission(db, auth, workspaceId, 'read');
  const row = { workspaceId, id: newId(), userId: auth.user.id, name: input.name, query: JSON.stringify(input.query) };
  await db.insertInto('savedView').values(row).execute();
  return { id: row.id, name: row.name, query: input.query };
}

async function deleteView(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  const result = await db
    .deleteFrom('savedView')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('userId', '=', auth.user.id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('Saved view');
}

/** Saved views of the partner list: each member's own. Small enough to live in one file. */
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
