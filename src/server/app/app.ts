import crypto from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { createFileStore } from '../platform/files/file-store.js';
import { createAppJobs } from './jobs.js';
import { createMailer } from '../platform/email/mailer.js';
import { createEmailSender } from '../platform/email/sender.js';
import { handleError } from '../platform/http/error-handler.js';
import { requestForLog } from '../platform/http/log.js';
import { unsubscribeRoutes } from '../derived/notifications/unsubscribe.routes.js';
import { registerRoutes } from './routes.js';
import { sessionHook } from '../platform/auth/session.js';
import type { App, Deps } from '../platform/http/types.js';
import { registerWeb } from '../platform/http/web.js';

/** Builds the whole HTTP application without listening, so tests drive the very same app. */
export async function buildApp(
  deps: Omit<Deps, 'mailer' | 'files' | 'jobs'> & Partial<Pick<Deps, 'mailer' | 'files' | 'jobs'>>,
  options: { logger?: boolean } = {},
): Promise<App> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: deps.config.logLevel, serializers: { req: requestForLog } },
    bodyLimit: deps.config.bodyLimit,
    trustProxy: deps.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();

  const files = deps.files ?? (await createFileStore(deps.config));
  const sender = createEmailSender({ smtpUrl: deps.config.smtpUrl, from: deps.config.smtpFrom });
  // Built here so the routes and tests share it; only server.ts starts its polling.
  const jobs = deps.jobs ?? createAppJobs({ db: deps.db, config: deps.config, files, log: app.log, sender });
  const fullDeps: Deps = { ...deps, files, jobs, mailer: deps.mailer ?? createMailer(jobs) };
  app.decorate('jobs', jobs);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('auth', null);
  // Only JSON bodies: a cross-site form can send text/plain without a preflight, JSON it cannot.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('X-Request-Id', request.id);
  });
  app.addHook('onClose', async () => {
    await jobs.stop();
    sender?.close();
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables and positions through style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Rapport API',
        version: '1.0.0',
        description: 'Partner relationship manager. Errors are application/problem+json with a stable code.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // Unsubscribe links come from mail clients: no session is read and no CSRF token asked (the
  // signed token is the authority), and only these routes accept a form body (RFC 8058).
  await app.register(async (api) => unsubscribeRoutes(api as App, fullDeps), { prefix: '/api/v1' });
  await app.register(
    async (api) => {
      // Only API requests look at the session: static files and docs need no database round trip.
      api.addHook('onRequest', sessionHook(fullDeps));
      await registerRoutes(api as App, fullDeps);
    },
    { prefix: '/api/v1' },
  );
  await registerWeb(app);
  return app;
}
