import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type TestContext } from '../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('HTTP platform', () => {
  it('reports database reachability on /health', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers a body that is not JSON with 400 invalid_json, never a 500', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('answers a body over 1 MiB with 413 payload_too_large', async () => {
    const big = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(1024 * 1024 + 10) });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: big,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('answers a non-JSON content type with 415', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('names every invalid field with a rule the app can translate', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { workspaceName: '', name: 'An', email: 'not-an-email', password: 'short', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { code: string; errors: { path: string; rule: string; params?: unknown }[] };
    expect(body.code).toBe('validation');
    const byPath = Object.fromEntries(body.errors.map((e) => [e.path, e]));
    expect(byPath.workspaceName?.rule).toBe('required');
    expect(byPath.email?.rule).toBe('invalid_email');
    expect(byPath.password).toMatchObject({ rule: 'too_short', params: { minimum: 10 } });
    expect(byPath.extra?.rule).toBe('unknown_field');
  });

  it('refuses an unknown query parameter and a bad cursor with 400', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const unknown = await client.get(`${base}/members?colour=red`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: 'colour', rule: 'unknown_field' });
    const cursor = await client.get(`${base}/members?cursor=garbage`);
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().errors[0]).toMatchObject({ path: 'cursor' });
    const limit = await client.get(`${base}/members?limit=500`);
    expect(limit.statusCode).toBe(400);
    expect(limit.json().errors[0]).toMatchObject({ path: 'limit', rule: 'too_big' });
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });

  it('sends security headers: CSP without inline script, nosniff, frame-ancestors none, referrer policy', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });

  it('serves the OpenAPI document as JSON and as a browsable page', async () => {
    const json = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    const doc = json.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/health',
      '/api/v1/setup',
      '/api/v1/auth/sign-in',
      '/api/v1/w/{workspaceId}/members',
      '/api/v1/invitations/{token}/accept',
      '/api/v1/w/{workspaceId}/audit-log',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    const page = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });
});
