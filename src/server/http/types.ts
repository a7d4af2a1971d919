import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { AppUser } from '../db/schema.js';
import type { Mailer } from '../modules/email/mailer.js';

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** What every route module receives: no container, just the few things the server is made of. */
export type Deps = {
  db: Db;
  config: Config;
  mailer: Mailer;
};

export type Auth = {
  sessionId: string;
  csrfToken: string;
  currentWorkspaceId: string | null;
  user: AppUser;
};

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
}
