import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../core/index.js';
import type { AppUser, Db, Membership } from '../db/index.js';
import type { FileStore } from '../files/index.js';
import type { JobRunner } from '../jobs/index.js';
import type { Mailer } from '../email/index.js';

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** What every route module receives: no container, just the few things the server is made of. */
export type Deps = {
  db: Db;
  config: Config;
  mailer: Mailer;
  /** Where attachment files are kept (disk under DATA_DIR, or S3). */
  files: FileStore;
  /** Background work: email delivery, reminders, periodic upkeep (started by server.ts, not by tests). */
  jobs: JobRunner;
};

export type Auth = {
  sessionId: string;
  csrfToken: string;
  currentWorkspaceId: string | null;
  user: AppUser;
  /**
   * The caller's membership in the workspace the request's path names, read with the session
   * (undefined: not a member). Absent when the path names no workspace or auth was built elsewhere.
   */
  pathMembership?: { workspaceId: string; membership: Membership | undefined };
};

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyInstance {
    /** The app's job runner, for server.ts to start and stop and for tests to drive. */
    jobs: JobRunner;
  }
}
