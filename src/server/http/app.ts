import crypto from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createFileStore } from '../files/file-store.js';
import { createMailer } from '../modules/email/mailer.js';
import { handleError } from './error-handler.js';
import { requestForLog } from './log.js';
import { registerRoutes } from './routes.js';
import { sessionHook } from './session.js';
import type { App, Deps } from './types.js';
import { registerWeb } from './web.js';

/** Builds the whole HTTP application without listening, so tests drive the very same app. */
export async function buildApp(deps: Omit<Deps, 'mailer' | 'files'> & { mailer?: Deps['mailer']; files?: Deps['files'] }, options: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: deps.config.logLevel, serializers: { req: requestForLog } },
    bodyLimit: deps.config.bodyLimit,
    trustProxy: deps.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();

  const fullDeps: Deps = {
    ...deps,
    mailer: deps.mailer ?? createMailer({ db: deps.db, smtpUrl: deps.config.smtpUrl, from: deps.config.smtpFrom, log: app.log }),
    files: deps.files ?? (await createFileStore(deps.config)),
  };

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('auth', null);
  // Only JSON bodies: a cross-site form can send text/plain without a preflight, JSON it cannot.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('X-Request-Id', request.id);
  });
  app.addHook('onClose', async () => fullDeps.mailer.close());

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
      info: { title: 'Rapport API', version: '1.0.0', description: 'Partner relationship manager. Errors are application/problem+json with a stable code.' },
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
