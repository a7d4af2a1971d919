import { z } from 'zod';
import { fieldError } from '../core/index.js';
import {
  type App,
  decodeCursor,
  type Deps,
  idParam,
  pageQuery,
  readVersion,
  requireAuth,
  roleField,
  toPage,
} from '../http/index.js';
import { changeRole, pageMembers, presentMember, removeMember } from './members.service.js';

const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleField,
  joinedAt: z.string(),
  version: z.number(),
});
const memberParams = z.object({ workspaceId: idParam, userId: idParam });

export function memberRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/members', {
    schema: {
      tags: ['members'],
      summary: 'Members of the workspace, oldest first',
      params: z.object({ workspaceId: idParam }),
      querystring: pageQuery,
      response: { 200: z.object({ items: z.array(memberSchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => {
      const { limit, cursor } = request.query;
      const key = decodeCursor(cursor, 2);
      const after = key ? { createdAt: String(key[0]), userId: String(key[1]) } : undefined;
      if (after && Number.isNaN(Date.parse(after.createdAt)))
        throw fieldError('cursor', 'invalid_format', 'cursor is not valid');
      const rows = await pageMembers(deps.db, requireAuth(request), request.params.workspaceId, { limit, after });
      const page = toPage(rows, limit, (m) => [m.createdAt.toISOString(), m.userId]);
      return { items: page.items.map(presentMember), nextCursor: page.nextCursor };
    },
  });

  app.patch('/w/:workspaceId/members/:userId', {
    schema: {
      tags: ['members'],
      summary: "Change a member's role (owner/admin; only an owner touches owners); 412 stale_version, 422 last_owner",
      params: memberParams,
      body: z.object({ role: roleField, version: z.number().int().positive().optional() }).strict(),
      response: { 200: memberSchema },
    },
    handler: async (request) => {
      const version = readVersion(request, request.body.version);
      return changeRole(deps.db, requireAuth(request), request.params.workspaceId, request.params.userId, {
        role: request.body.role,
        version,
      });
    },
  });

  app.delete('/w/:workspaceId/members/:userId', {
    schema: {
      tags: ['members'],
      summary: 'Remove a member (If-Match: version); members may remove themselves',
      params: memberParams,
    },
    handler: async (request, reply) => {
      await removeMember(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.userId,
        readVersion(request),
      );
      return reply.status(204).send();
    },
  });
}
