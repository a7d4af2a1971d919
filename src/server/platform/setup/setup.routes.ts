import { z } from 'zod';
import { startSession } from '../auth/index.js';
import {
  type App,
  type Deps,
  emailField,
  localeField,
  nameField,
  passwordField,
  sessionSchema,
} from '../http/index.js';
import { sessionView } from '../users/index.js';
import { isSetupNeeded, runSetup } from './setup.service.js';

export function setupRoutes(app: App, deps: Deps) {
  app.get('/setup', {
    schema: {
      tags: ['auth'],
      summary: 'Whether the first workspace still has to be created',
      response: { 200: z.object({ needed: z.boolean() }) },
    },
    handler: async () => ({ needed: await isSetupNeeded(deps.db) }),
  });

  app.post('/setup', {
    schema: {
      tags: ['auth'],
      summary: 'Create the first workspace and its owner, and sign in (409 setup_done once any user exists)',
      body: z
        .object({
          workspaceName: nameField,
          name: nameField,
          email: emailField,
          password: passwordField,
          locale: localeField.optional(),
        })
        .strict(),
      response: { 201: sessionSchema },
    },
    handler: async (request, reply) => {
      const { user, workspace } = await runSetup(deps.db, request.body);
      const session = await startSession(deps.db, deps, request, reply, user.id, workspace.id);
      return reply.status(201).send(await sessionView(deps.db, user, { ...session, currentWorkspaceId: workspace.id }));
    },
  });
}
