import { z } from 'zod';
import {
  type App,
  colorSchemeField,
  type Deps,
  idParam,
  localeField,
  nameField,
  requireAuth,
  sessionSchema,
  timeZoneField,
  userSchema,
} from '../http/index.js';
import { setCurrentWorkspace } from '../auth/index.js';
import { sessionView, updateProfile } from '../users/index.js';
import { requirePermission } from '../access/index.js';

export function meRoutes(app: App, deps: Deps) {
  app.get('/me', {
    schema: {
      tags: ['account'],
      summary: 'The signed-in user, their workspaces and the CSRF token',
      response: { 200: sessionSchema },
    },
    handler: async (request) => {
      const auth = requireAuth(request);
      return sessionView(deps.db, auth.user, auth);
    },
  });

  app.patch('/me', {
    schema: {
      tags: ['account'],
      summary: 'Change your name, language, time zone or colour scheme',
      body: z
        .object({
          name: nameField.optional(),
          locale: localeField.optional(),
          timeZone: timeZoneField.optional(),
          colorScheme: colorSchemeField.optional(),
        })
        .strict(),
      response: { 200: userSchema },
    },
    handler: async (request) => updateProfile(deps.db, requireAuth(request), request.body),
  });

  app.put('/me/current-workspace', {
    schema: {
      tags: ['account'],
      summary: 'Switch the workspace the app opens in',
      body: z.object({ workspaceId: idParam }).strict(),
    },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      await requirePermission(deps.db, auth, request.body.workspaceId, 'read');
      await setCurrentWorkspace(deps.db, auth.sessionId, request.body.workspaceId);
      return reply.status(204).send();
    },
  });
}
