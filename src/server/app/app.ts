import crypto from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createFileStore } from '../platform/files/index.js';
import { createAppJobs } from './jobs.js';
import { createEmailSender, createMailer } from '../platform/email/index.js';
import {
  type App,
  type Deps,
  answerClientError,
  handleError,
  nameSchemaComponents,
  openApiOptions,
  registerWeb,
  refuseLongUrl,
  rejectHostileText,
  requestForLog,
} from '../platform/http/index.js';
import { unsubscribeRoutes } from '../derived/notifications/index.js';
import { registerRoutes } from './routes.js';
import { SESSION_COOKIE, sessionHook } from '../platform/auth/index.js';
import { wireModules } from './wiring.js';

/** Builds the whole HTTP application without listening, so tests drive the very same app. */
export async function buildApp(
  deps: Omit<Deps, 'mailer' | 'files' | 'jobs'> & Partial<Pick<Deps, 'mailer' | 'files' | 'jobs'>>,
  options: { logger?: boolean } = {},
): Promise<App> {
  wireModules();
  const app = Fastify({
    logger: options.logger === false ? false : { level: deps.config.logLevel, serializers: { req: requestForLog } },
    bodyLimit: deps.config.bodyLimit,
    // Fastify's default is no limit: a client that declares a body and never sends it would hold its
    // connection open for ever. Given to Node's createServer too, because only there does Node also
    // lower its 60 s headers timeout to match, and checked every few seconds rather than every 30.
    requestTimeout: deps.config.requestTimeoutMs,
    http: {
      requestTimeout: deps.config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, deps.config.requestTimeoutMs / 4)),
    },
    clientErrorHandler: answerClientError,
    trustProxy: deps.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    // Errors the router meets before any route (a path that is not UTF-8) answer as problem+json too.
    frameworkErrors: (error, request, reply) => void handleError(error, request, reply),
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
  app.addHook('onRequest', refuseLongUrl);
  // Before any schema or handler sees the request, so every endpoint refuses NUL and lone surrogates alike.
  app.addHook('preValidation', rejectHostileText);
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
  // Routes get their component names as they are added; the document is built on first request.
  app.addHook('onRoute', nameSchemaComponents);
  await app.register(fastifySwagger, openApiOptions({ sessionCookie: SESSION_COOKIE }));
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
