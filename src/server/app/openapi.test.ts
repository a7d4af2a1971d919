import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner } from '../test/factories.js';
import { createTestApp, workspaceWithOwner, type TestContext } from '../test/harness.js';

type Response = { $ref?: string; description?: string; content?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, Response>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, Response>; schemas: Record<string, unknown> };
};

let ctx: TestContext;
let doc: Document;
beforeAll(async () => {
  ctx = await createTestApp();
  doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as Document;
});
afterAll(() => ctx.close());

function operations(): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]): [string, Operation] => [`${method} ${path}`, operation]),
  );
}

function operation(method: string, path: string): Operation {
  const found = doc.paths[`/api/v1${path}`]?.[method];
  if (!found) throw new Error(`${method} ${path} is not in the document`);
  return found;
}

/** The one success answer a route documents: its status and media types. */
function documentedSuccess(method: string, path: string): { status: number; types: string[] } {
  const successes = Object.entries(operation(method, path).responses).filter(([status]) => /^2/.test(status));
  expect(successes, `${method} ${path}`).toHaveLength(1);
  const [status, response] = successes[0] ?? ['', {}];
  return { status: Number(status), types: Object.keys(response.content ?? {}) };
}

/** The server's answer agrees with the document: status, and the body's media type when there is one. */
function expectAsDocumented(response: LightMyRequestResponse, method: string, path: string) {
  const documented = documentedSuccess(method, path);
  expect(response.statusCode, `${method} ${path}: ${response.body}`).toBe(documented.status);
  if (documented.types.length === 0) return expect(response.body).toBe('');
  const type = String(response.headers['content-type']);
  expect(
    documented.types.some((t) => t === '*/*' || type.startsWith(t)),
    `${type} of ${path}`,
  ).toBe(true);
}

describe('the OpenAPI document', () => {
  it('gives every operation a unique, camelCase operationId', () => {
    const ids = operations().map(([, o]) => o.operationId);
    expect(
      ids.every((id) => typeof id === 'string' && /^[a-z][a-zA-Z0-9]+$/.test(id)),
      ids.join(),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(100);
  });

  it('says what access every operation needs, and that public ones need none', () => {
    for (const [name, o] of operations()) expect(o.security, name).toBeDefined();
    expect(operation('get', '/w/{workspaceId}/partners').security).toEqual([{ session: [] }]);
    expect(operation('post', '/w/{workspaceId}/partners').security).toEqual([{ session: [], csrf: [] }]);
    expect(operation('post', '/auth/sign-in').security).toEqual([{}, { session: [], csrf: [] }]);
    for (const path of ['/health', '/setup', '/unsubscribe', '/calendar/{token}.ics'])
      expect(operation('get', path).security, path).toEqual([]);
  });

  it('documents a success answer for every operation, with a body unless it is 202 or 204', () => {
    for (const [name, o] of operations()) {
      const successes = Object.entries(o.responses).filter(([status]) => /^2/.test(status));
      expect(successes.length, name).toBeGreaterThan(0);
      for (const [status, response] of successes)
        expect(Boolean(response.content) || ['202', '204'].includes(status), `${name} ${status}`).toBe(true);
    }
  });

  it('describes every error answer as application/problem+json with the shared Problem schema', () => {
    for (const [name, o] of operations()) {
      const errors = Object.entries(o.responses).filter(([status]) => /^[45]/.test(status) && status !== '503');
      expect(errors.length, name).toBeGreaterThan(0);
      for (const [status, response] of errors) {
        const resolved = response.$ref ? doc.components.responses[response.$ref.split('/').pop() ?? ''] : response;
        expect(resolved?.content, `${name} ${status}`).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
      }
    }
  });

  it('lists the errors an operation can answer from what it takes and who may call it', () => {
    const statuses = (method: string, path: string) => Object.keys(operation(method, path).responses);
    expect(statuses('patch', '/w/{workspaceId}/partners/{partnerId}')).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '412', '413', '415', '500']),
    );
    expect(statuses('get', '/me')).toEqual(['200', '401', '500']);
    expect(statuses('post', '/auth/sign-in')).toEqual(expect.arrayContaining(['401', '429']));
    expect(statuses('delete', '/w/{workspaceId}/members/{userId}')).toEqual(expect.arrayContaining(['412', '422']));
    expect(statuses('get', '/w/{workspaceId}/audit-log')).toContain('403');
    expect(statuses('post', '/setup')).toContain('409');
  });

  it('publishes the main resources as named schemas', () => {
    for (const name of ['Problem', 'Partner', 'PartnerSummary', 'Relationship', 'Interaction', 'Task', 'Session'])
      expect(doc.components.schemas, name).toHaveProperty([name]);
    const created = operation('post', '/w/{workspaceId}/partners').responses['201']?.content;
    expect(created).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Partner' } } });
  });
});

describe('the documented answers are the real ones', () => {
  it('for the account: password reset 202, calendar feed 201 and 204, its .ics, sign-out 204', async () => {
    const { client } = await workspaceWithOwner(ctx);
    const reset = await client.post('/api/v1/auth/password-reset', { email: 'nobody@example.com' });
    expectAsDocumented(reset, 'post', '/auth/password-reset');
    const feed = await client.post('/api/v1/me/calendar-feed');
    expectAsDocumented(feed, 'post', '/me/calendar-feed');
    const ics = await ctx.app.inject({ method: 'GET', url: new URL((feed.json() as { url: string }).url).pathname });
    expectAsDocumented(ics, 'get', '/calendar/{token}.ics');
    expectAsDocumented(await client.delete('/api/v1/me/calendar-feed'), 'delete', '/me/calendar-feed');
    expectAsDocumented(await client.post('/api/v1/auth/sign-out'), 'post', '/auth/sign-out');
  });

  it('for partners: create 201, export as CSV and vCard, delete 204, notifications read 204', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const created = await client.post(`${base}/partners`, { type: 'organization', name: 'Documented Co' });
    expectAsDocumented(created, 'post', '/w/{workspaceId}/partners');
    const csv = await client.get(`${base}/exports/partners.csv`);
    expectAsDocumented(csv, 'get', '/w/{workspaceId}/exports/partners.csv');
    const vcf = await client.get(`${base}/exports/partners.vcf`);
    expectAsDocumented(vcf, 'get', '/w/{workspaceId}/exports/partners.vcf');
    const partner = await makePartner(client, base, 'Gone Co');
    const deleted = await client.delete(`${base}/partners/${partner.id}`, { 'if-match': String(partner.version) });
    expectAsDocumented(deleted, 'delete', '/w/{workspaceId}/partners/{partnerId}');
    const readAll = await client.post(`${base}/notifications/read-all`);
    expectAsDocumented(readAll, 'post', '/w/{workspaceId}/notifications/read-all');
  });

  it('for errors: 401 without a session, 403 without the CSRF header, 412 on a stale version', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Stale Co');
    const path = '/w/{workspaceId}/partners/{partnerId}';
    const answers: [string, string, LightMyRequestResponse][] = [
      ['get', '/w/{workspaceId}/partners', await ctx.app.inject({ method: 'GET', url: `${base}/partners` })],
      ['post', '/w/{workspaceId}/partners', await client.post(`${base}/partners`, {}, { 'x-csrf-token': 'wrong' })],
      ['patch', path, await client.patch(`${base}/partners/${partner.id}`, { name: 'New', version: 99 })],
    ];
    for (const [method, documentedPath, response] of answers) {
      expect(Object.keys(operation(method, documentedPath).responses)).toContain(String(response.statusCode));
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(answers.map(([, , r]) => r.statusCode)).toEqual([401, 403, 412]);
  });
});
