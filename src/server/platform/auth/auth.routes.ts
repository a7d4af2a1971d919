import { z } from 'zod';
import { clearSessionCookie, startSession } from './session.js';
import { type App, type Deps, emailField, passwordField, sessionSchema } from '../http/index.js';
import { sessionView } from '../users/index.js';
import { confirmPasswordReset, requestPasswordReset, verifyCredentials } from './auth.service.js';
import { deleteSession } from './sessions.repository.js';

export function authRoutes(app: App, deps: Deps) {
  app.post('/auth/sign-in', {
    schema: {
      tags: ['auth'],
      summary:
        'Sign in; 401 invalid_credentials, 429 rate_limited after 5 failures in 15 minutes for the account from this address, or 100 from this address',
      body: z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) }).strict(),
      response: { 200: sessionSchema },
    },
    handler: async (request, reply) => {
      const user = await verifyCredentials(deps.db, { ...request.body, ip: request.ip });
      if (request.auth) await deleteSession(deps.db, request.auth.sessionId);
      const session = await startSession(deps.db, deps, request, reply, user.id, null);
      return sessionView(deps.db, user, { ...session, currentWorkspaceId: null });
    },
  });

  app.post('/auth/sign-out', {
    schema: { tags: ['auth'], summary: 'End the current session' },
    handler: async (request, reply) => {
      if (request.auth) await deleteSession(deps.db, request.auth.sessionId);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  });

  app.post('/auth/password-reset', {
    schema: {
      tags: ['auth'],
      summary: 'Email a single-use reset link valid for one hour; 202 whether or not the account exists',
      body: z.object({ email: emailField }).strict(),
    },
    handler: async (request, reply) => {
      const ids = await requestPasswordReset(deps.db, { email: request.body.email, publicUrl: deps.config.publicUrl });
      await deps.mailer.deliver(ids);
      return reply.status(202).send();
    },
  });

  app.post('/auth/password-reset/confirm', {
    schema: {
      tags: ['auth'],
      summary: 'Set a new password with a reset token; ends every session of the account',
      body: z.object({ token: z.string().min(1).max(200), password: passwordField }).strict(),
    },
    handler: async (request, reply) => {
      await confirmPasswordReset(deps.db, request.body);
      if (request.auth) clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  });
}
