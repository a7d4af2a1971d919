import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../../web/api/openapi.gen.js';
import { SESSION_COOKIE } from '../platform/auth/index.js';
import { createTestApp, workspaceWithOwner, type TestContext } from '../test/harness.js';

let ctx: TestContext;
let baseUrl: string;
beforeAll(async () => {
  ctx = await createTestApp();
  baseUrl = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => ctx.close());

/** A client typed by the generated contract, over real HTTP, carrying a signed-in owner's session and CSRF token. */
async function ownerClient() {
  const { client, workspace } = await workspaceWithOwner(ctx);
  const api = createClient<paths>({
    baseUrl,
    headers: { cookie: `${SESSION_COOKIE}=${client.cookie}`, 'x-csrf-token': client.csrfToken },
  });
  return { api, workspaceId: workspace.id };
}

describe('a client generated from the OpenAPI document', () => {
  it('lists partners and creates one, which the list then returns', async () => {
    const { api, workspaceId } = await ownerClient();
    const path = { workspaceId };

    const before = await api.GET('/api/v1/w/{workspaceId}/partners', { params: { path } });
    expect(before.response.status).toBe(200);
    expect(before.data?.items).toEqual([]);

    const created = await api.POST('/api/v1/w/{workspaceId}/partners', {
      params: { path },
      body: { type: 'organization', name: 'Acme Trading' },
    });
    expect(created.response.status).toBe(201);
    expect(created.data?.name).toBe('Acme Trading');

    const after = await api.GET('/api/v1/w/{workspaceId}/partners', { params: { path, query: { q: 'acme' } } });
    expect(after.data?.items.map((p) => p.id)).toEqual([created.data?.id]);
  });
});
