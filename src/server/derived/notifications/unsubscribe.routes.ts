import { z } from 'zod';
import type { App, Deps } from '../../platform/http/index.js';
import { NOTIFICATION_KINDS } from './kinds.js';
import { describeUnsubscribe, unsubscribe } from './unsubscribe.service.js';

const query = z.object({ token: z.string().min(1).max(500) }).strict();
const answer = z.object({ kind: z.enum(NOTIFICATION_KINDS), workspaceName: z.string(), email: z.string() });

/**
 * Unsubscribe links, opened from mail clients. Registered in a plugin of their own (app.ts) with
 * no session hook, so no cookie and no CSRF token are read: the signed token is the authority.
 * RFC 8058 one-click unsubscribe POSTs `List-Unsubscribe=One-Click` form-encoded, so this plugin,
 * and only it, accepts that body; its content is not needed.
 */
export function unsubscribeRoutes(app: App, deps: Pick<Deps, 'db'>) {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );

  app.get('/unsubscribe', {
    schema: {
      tags: ['notifications'],
      summary: 'What an unsubscribe link turns off (no session; the token is the authority); 400 invalid_token',
      querystring: query,
      response: { 200: answer },
    },
    handler: async (request) => describeUnsubscribe(deps.db, request.query.token),
  });

  app.post('/unsubscribe', {
    schema: {
      tags: ['notifications'],
      summary: 'Turn email off for the link’s reminder kind (RFC 8058 one-click; form or JSON body, or none)',
      querystring: query,
      response: { 200: answer },
    },
    handler: async (request) => unsubscribe(deps.db, request.query.token),
  });
}
