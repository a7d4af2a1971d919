import { z } from 'zod';
import {
  type App,
  type Deps,
  nameField,
  requireAuth,
  roleField,
  workspaceParams,
  workspaceSummarySchema,
} from '../http/index.js';
import { createWorkspace, getWorkspace, renameWorkspace } from './workspaces.service.js';

const workspaceSchema = z.object({ id: z.string(), name: z.string(), role: roleField, version: z.number() });

export function workspaceRoutes(app: App, deps: Deps) {
  app.post('/workspaces', {
    schema: {
      tags: ['workspaces'],
      summary: 'Create another workspace with you as its owner',
      body: z.object({ name: nameField }).strict(),
      response: { 201: workspaceSummarySchema },
    },
    handler: async (request, reply) => {
      const workspace = await createWorkspace(deps.db, requireAuth(request), request.body.name);
      return reply.status(201).header('Location', `/api/v1/w/${workspace.id}`).send(workspace);
    },
  });

  app.get('/w/:workspaceId', {
    schema: {
      tags: ['workspaces'],
      summary: 'A workspace you belong to',
      params: workspaceParams,
      response: { 200: workspaceSchema },
    },
    handler: async (request, reply) => {
      const workspace = await getWorkspace(deps.db, requireAuth(request), request.params.workspaceId);
      return reply.header('ETag', String(workspace.version)).send(workspace);
    },
  });

  app.patch('/w/:workspaceId', {
    schema: {
      tags: ['workspaces'],
      summary: 'Rename a workspace (owner or admin); 412 when version is stale',
      params: workspaceParams,
      body: z.object({ name: nameField, version: z.number().int().positive() }).strict(),
      response: { 200: workspaceSchema },
    },
    handler: async (request) =>
      renameWorkspace(deps.db, requireAuth(request), request.params.workspaceId, request.body),
  });
}
