import { z } from 'zod';
import { isDatabaseReachable } from '../db/index.js';
import type { App, Deps } from '../http/index.js';

export function healthRoutes(app: App, deps: Deps) {
  app.get('/health', {
    schema: {
      tags: ['platform'],
      summary: 'Liveness and database reachability (503 when the database does not answer)',
      response: {
        200: z.object({ status: z.literal('ok'), database: z.literal('ok') }),
        503: z.object({ status: z.literal('degraded'), database: z.literal('unreachable') }),
      },
    },
    handler: async (_request, reply) => {
      if (await isDatabaseReachable(deps.db)) return reply.send({ status: 'ok', database: 'ok' } as const);
      return reply.status(503).send({ status: 'degraded', database: 'unreachable' } as const);
    },
  });
}
