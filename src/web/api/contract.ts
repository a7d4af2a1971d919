import type { components, paths } from './openapi.gen.js';

// Readable names for the generated contract (openapi.gen.ts): the web's request and answer types
// are taken from the server's own document, so they cannot drift from what the server sends.

/** A named schema of the document: `Schema<'Partner'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Responses<P extends ApiPath, M extends Method> = Operation<P, M> extends { responses: infer R } ? R : never;

type Answer<P extends ApiPath, M extends Method, S extends number> = S extends keyof Responses<P, M>
  ? Responses<P, M>[S]
  : never;

/** The JSON answer of an operation: its 200, or another status (201, 202, 409 …). */
export type ResponseOf<P extends ApiPath, M extends Method = 'get', S extends number = 200> = JsonOf<Answer<P, M, S>>;

/** The JSON body an operation takes. */
export type BodyOf<P extends ApiPath, M extends Method = 'post'> = JsonOf<NonNullable<Operation<P, M>['requestBody']>>;

/** The query parameters an operation takes. */
export type QueryOf<P extends ApiPath, M extends Method = 'get'> = NonNullable<Operation<P, M>['parameters']['query']>;

/** One item of a list answer (`{ items: [...] }`, paged or not). */
export type ItemOf<P extends ApiPath, M extends Method = 'get'> =
  ResponseOf<P, M> extends { items: (infer Item)[] } ? Item : never;

/** A path below `/api/v1/w/{workspaceId}`, where every workspace resource lives. */
export type WorkspacePath<P extends string> = `/api/v1/w/{workspaceId}${P}`;
