import { z } from 'zod';
import { type App, type Deps, idParam, readVersion, requireAuth } from '../../platform/http/index.js';
import { tagSchema } from './tags.schema.js';
import { createTag, editTag, getTags, removeTag } from './tags.service.js';

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1c7ed6');
const name = z.string().trim().min(1).max(60);
const tagParams = z.object({ workspaceId: idParam, tagId: idParam });

export function tagRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/tags', {
    schema: {
      tags: ['partners'],
      summary: 'Tags of the workspace',
      params: z.object({ workspaceId: idParam }),
      response: { 200: z.object({ items: z.array(tagSchema) }) },
    },
    handler: async (request) => getTags(deps.db, requireAuth(request), request.params.workspaceId),
  });

  app.post('/w/:workspaceId/tags', {
    schema: {
      tags: ['partners'],
      summary: 'Create a tag; 409 when the name is taken',
      params: z.object({ workspaceId: idParam }),
      body: z.object({ name, color }).strict(),
      response: { 201: tagSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createTag(deps.db, requireAuth(request), request.params.workspaceId, request.body)),
  });

  app.patch('/w/:workspaceId/tags/:tagId', {
    schema: {
      tags: ['partners'],
      summary: 'Rename or recolour a tag (version or If-Match)',
      params: tagParams,
      body: z
        .object({ name: name.optional(), color: color.optional(), version: z.number().int().positive().optional() })
        .strict(),
      response: { 200: tagSchema },
    },
    handler: async (request) => {
      const { workspaceId, tagId } = request.params;
      return editTag(deps.db, requireAuth(request), workspaceId, tagId, {
        ...request.body,
        version: readVersion(request, request.body.version),
      });
    },
  });

  app.delete('/w/:workspaceId/tags/:tagId', {
    schema: { tags: ['partners'], summary: 'Delete a tag and take it off every partner', params: tagParams },
    handler: async (request, reply) => {
      await removeTag(deps.db, requireAuth(request), request.params.workspaceId, request.params.tagId);
      return reply.status(204).send();
    },
  });
}
