import type { FastifyDynamicSwaggerOptions, SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { STATUS_CODES } from 'node:http';
import type { FastifySchema, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OPERATIONS, TAGS, type Access, type ExtraError, type Operation, type Success } from './openapi-operations.js';
import { problemSchema } from './problem.schema.js';

/**
 * The OpenAPI document of the API, complete for outside clients: the zod route schemas give the
 * inputs and JSON bodies; OPERATIONS gives each operation its id, access, real success answer and
 * the errors its code can raise. Everything here shapes the document only: route schemas, and so
 * what the server validates and sends, stay as the routes declare them.
 */

const API_PREFIX = '/api/v1';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const REF = '#/components/';
/** problemSchema carries its component id, so the document lists it with the zod schemas. */
const PROBLEM_REF = `${REF}schemas/${String(z.globalRegistry.get(problemSchema)?.id)}`;

type Json = Record<string, unknown>;
type Parameter = { in?: string; $ref?: string };
type OperationObject = {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: Json;
  responses: Record<string, { content?: Json; $ref?: string; description?: string }>;
};
type Document = Json & {
  info: Json;
  paths: Record<string, Partial<Record<(typeof METHODS)[number], OperationObject>>>;
  components?: Json & { schemas?: Record<string, unknown> };
};

/** The @fastify/swagger options: register them before the routes, with `nameSchemaComponents` as onRoute hook. */
export function openApiOptions(options: { sessionCookie: string }): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rapport API',
        version: '1.0.0',
        description: 'Partner relationship manager. Errors are application/problem+json (RFC 9457) with a stable code.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/', description: 'The server that serves this document' }],
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    },
    transform: withRawBodies,
    transformObject: (input) => completeDocument(jsonSchemaTransformObject(input) as Document, options.sessionCookie),
  };
}

/** `GET /w/{workspaceId}/partners`: how OPERATIONS names a route, from its Fastify or its OpenAPI path. */
export function operationKey(method: string, path: string): string {
  const relative = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path;
  return `${method.toUpperCase()} ${relative.replace(/:(\w+)/g, '{$1}')}`;
}

/**
 * onRoute hook: gives the zod schemas OPERATIONS names a component id, before any document is built,
 * so that every route using them refers to one `#/components/schemas/Name`.
 */
export function nameSchemaComponents(route: RouteOptions): void {
  if (typeof route.method !== 'string' || !route.schema) return;
  const operation = OPERATIONS[operationKey(route.method, route.url)];
  for (const [name, at] of Object.entries(operation?.components ?? {})) {
    const schema = schemaAt(route.schema, at);
    const id = z.globalRegistry.get(schema)?.id;
    if (id !== undefined && id !== name) throw new Error(`${route.url}: ${at} is named ${id} already, not ${name}`);
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id: name });
  }
}

function schemaAt(schema: FastifySchema, at: string): z.ZodType {
  const [root, ...steps] = at.split('.');
  let node: unknown = root === 'body' ? schema.body : (schema.response as Json | undefined)?.[root ?? ''];
  for (const step of steps) {
    if (step === '*' && node instanceof z.ZodArray) node = node.element;
    else if (node instanceof z.ZodObject) node = (node.shape as Record<string, unknown>)[step];
    else node = undefined;
  }
  if (!(node instanceof z.ZodType)) throw new Error(`No zod schema at ${at}`);
  return node;
}

/** Routes that take the raw bytes (`consumes` without a body schema) get them described as a binary body. */
const withRawBodies: SwaggerTransform = (input) => {
  const result = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const { consumes, body } = input.schema as FastifySchema & { consumes?: string[] };
  if (!consumes || body || input.schema.hide) return result;
  return { ...result, schema: { ...result.schema, body: { type: 'string', format: 'binary' } } };
};

function completeDocument(document: Document, sessionCookie: string): ReturnType<SwaggerTransformObject> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) describeOperation(operation, method, path);
    }
  }
  document.components = {
    ...document.components,
    securitySchemes: securitySchemes(sessionCookie),
    parameters: PARAMETERS,
    responses: problemResponses(),
  };
  pruneUnusedSchemas(document);
  return document as ReturnType<SwaggerTransformObject>;
}

function describeOperation(operation: OperationObject, method: string, path: string): void {
  const key = operationKey(method, path);
  const facts = OPERATIONS[key];
  if (!facts) throw new Error(`${key} has no entry in OPERATIONS (platform/http/openapi-operations.ts)`);
  const access = facts.access ?? 'session';
  operation.operationId = facts.id;
  operation.security = security(access, method);
  const errors = errorsOf(operation, method, access, facts);
  if (facts.version === 'ifMatch') {
    const ref = `${REF}parameters/${operation.requestBody ? 'IfMatch' : 'IfMatchRequired'}`;
    operation.parameters = [...(operation.parameters ?? []), { $ref: ref }];
  }
  setSuccess(key, operation, facts.success);
  for (const error of errors) {
    const { status, name } = ERROR_RESPONSES[error];
    operation.responses[status] ??= { $ref: `${REF}responses/${name}` };
  }
  operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
}

/** Reads need the session cookie; writes with it also the CSRF header. Public routes need nothing. */
function security(access: Access, method: string): Record<string, string[]>[] {
  const signedIn: Record<string, string[]> = method === 'get' ? { session: [] } : { session: [], csrf: [] };
  switch (access) {
    case 'session':
      return [signedIn];
    case 'optional':
      // Anyone may call; a caller who is signed in sends the CSRF header like on any write.
      return [{}, signedIn];
    case 'public':
    case 'token':
      return [];
  }
}

type ErrorName =
  ExtraError | 'badRequest' | 'preconditionFailed' | 'payloadTooLarge' | 'unsupportedMediaType' | 'internal';

/** The error answers an operation can give, from what it takes and who may call it. */
function errorsOf(operation: OperationObject, method: string, access: Access, facts: Operation): Set<ErrorName> {
  const errors = new Set<ErrorName>();
  const parameters = operation.parameters ?? [];
  const write = method !== 'get';
  if (operation.requestBody || parameters.length > 0 || facts.version) errors.add('badRequest');
  if (access === 'session') errors.add('unauthorized');
  // A signed-in write without the CSRF header is refused; so is one the role does not allow.
  if (write && (access === 'session' || access === 'optional')) errors.add('forbidden');
  // Whatever the path names may not exist, and a workspace the caller is not a member of is a 404.
  if (parameters.some((p) => p.in === 'path')) errors.add('notFound');
  if (operation.requestBody) for (const e of ['payloadTooLarge', 'unsupportedMediaType'] as const) errors.add(e);
  if (facts.version) errors.add('preconditionFailed');
  for (const error of facts.errors ?? []) errors.add(error);
  errors.add('internal');
  return errors;
}

/** The declared success answer, or the one OPERATIONS gives for a route whose schema declares none. */
function setSuccess(key: string, operation: OperationObject, success: Success | undefined): void {
  const declared = Object.entries(operation.responses).filter(([status, r]) => /^2/.test(status) && r.content);
  if (success) {
    if (declared.length) throw new Error(`${key}: its schema declares a success body; drop it from OPERATIONS`);
    delete operation.responses['200'];
    operation.responses[String(success.status)] = successResponse(success);
  } else if (!declared.length) {
    throw new Error(`${key} declares no success response: give its status and body in OPERATIONS`);
  }
  // The route schemas carry no descriptions; the reason phrase reads better than "Default Response".
  for (const [status, response] of Object.entries(operation.responses)) {
    if (response.description === 'Default Response') response.description = STATUS_CODES[status] ?? status;
  }
}

function successResponse(success: Success) {
  if (!success.content) return { description: success.description };
  const content = Object.fromEntries(
    Object.entries(success.content).map(([type, kind]) => [
      type,
      { schema: kind === 'binary' ? { type: 'string', format: 'binary' } : { type: 'string' } },
    ]),
  );
  return { description: success.description, content };
}

const ERROR_RESPONSES: Record<ErrorName, { status: number; name: string; description: string }> = {
  badRequest: {
    status: 400,
    name: 'BadRequest',
    description:
      'validation (every invalid field under errors, also a missing version), invalid_json, or the ' +
      "operation's own: reset_token_invalid, invalid_token",
  },
  unauthorized: {
    status: 401,
    name: 'Unauthorized',
    description: 'unauthenticated: no valid session; invalid_credentials: wrong email or password',
  },
  forbidden: {
    status: 403,
    name: 'Forbidden',
    description: 'csrf: a signed-in write without the X-CSRF-Token header; forbidden: the role does not allow this',
  },
  notFound: {
    status: 404,
    name: 'NotFound',
    description: 'not_found (a workspace you are not a member of answers this too), invitation_invalid',
  },
  conflict: {
    status: 409,
    name: 'Conflict',
    description: 'conflict, duplicate (look-alike partners under duplicates), checklist_incomplete, setup_done',
  },
  preconditionFailed: {
    status: 412,
    name: 'PreconditionFailed',
    description: 'stale_version: changed by someone else since that version; current holds it now; nothing changed',
  },
  payloadTooLarge: { status: 413, name: 'PayloadTooLarge', description: 'payload_too_large' },
  unsupportedMediaType: {
    status: 415,
    name: 'UnsupportedMediaType',
    description: 'unsupported_media_type: send JSON (or, for uploads, a file of an accepted type)',
  },
  lastOwner: {
    status: 422,
    name: 'UnprocessableContent',
    description: 'last_owner: a workspace keeps at least one owner',
  },
  rateLimited: {
    status: 429,
    name: 'TooManyRequests',
    description: 'rate_limited: too many failed sign-ins for the account or address; see Retry-After',
  },
  internal: {
    status: 500,
    name: 'InternalError',
    description: 'internal: logged under requestId; no detail reaches the client',
  },
};

function problemResponses(): Json {
  const problem = { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } };
  return Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description, status }) => [
      name,
      {
        description,
        content: problem,
        ...(status === 429
          ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds' } } }
          : {}),
      },
    ]),
  );
}

const ifMatch = (required: boolean) => ({
  name: 'If-Match',
  in: 'header',
  required,
  description: required
    ? 'The version the change is based on (the ETag of a read)'
    : 'The version the change is based on (the ETag of a read), unless the body carries version',
  schema: { type: 'string', pattern: '^(W/)?"?\\d{1,9}"?$' },
});

const PARAMETERS = { IfMatch: ifMatch(false), IfMatchRequired: ifMatch(true) };

function securitySchemes(sessionCookie: string): Json {
  return {
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: sessionCookie,
      description: 'The session cookie that sign-in, setup and accepting an invitation set (HttpOnly)',
    },
    csrf: {
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
      description: 'The csrfToken of the session (from /me or sign-in): every signed-in POST, PUT, PATCH, DELETE',
    },
  };
}

/** zod components come in input and output variants; only those the document refers to are kept. */
function pruneUnusedSchemas(document: Document): void {
  const schemas = document.components?.schemas ?? {};
  const prefix = `${REF}schemas/`;
  const used = new Set<string>();
  const pending = [...refsIn({ ...document, components: { ...document.components, schemas: {} } })];
  while (pending.length) {
    const ref = pending.pop() ?? '';
    const name = ref.slice(prefix.length);
    if (!ref.startsWith(prefix) || used.has(name)) continue;
    used.add(name);
    pending.push(...refsIn(schemas[name]));
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [child] : refsIn(child),
  );
}
