import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  createUser,
  PASSWORD,
  workspaceWithOwner,
  type TestContext,
} from '../../test/harness.js';
import { hashToken } from './secrets.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ TRUST_PROXY: 'true' });
});
afterAll(() => ctx.close());

const signIn = (client: Client, email: string, password: string, ip = '10.0.0.1') =>
  client.post('/api/v1/auth/sign-in', { email, password }, { 'x-forwarded-for': ip });

describe('sign-in and sessions', () => {
  it('signs in, returns the session and sets an HttpOnly SameSite=Lax cookie', async () => {
    const user = await createUser(ctx.db);
    const client = new Client(ctx.app);
    const response = await signIn(client, user.email.toUpperCase(), PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { id: user.id, email: user.email }, csrfToken: expect.any(String) });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/rapport_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect((await client.get('/api/v1/me')).json().user.id).toBe(user.id);
  });

  it('marks the cookie Secure when served over https', async () => {
    const user = await createUser(ctx.db);
    const response = await new Client(ctx.app).post(
      '/api/v1/auth/sign-in',
      { email: user.email, password: PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(String(response.headers['set-cookie'])).toMatch(/Secure/i);
  });

  it('stores only a hash of the session token', async () => {
    const user = await createUser(ctx.db);
    const client = new Client(ctx.app);
    await client.signIn(user.email);
    const rows = await ctx.db.selectFrom('userSession').select('id').where('userId', '=', user.id).execute();
    expect(rows.map((r) => r.id)).toEqual([hashToken(client.cookie ?? '')]);
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const user = await createUser(ctx.db);
    const wrong = await signIn(new Client(ctx.app), user.email, 'wrong password!', '10.0.1.1');
    const unknown = await signIn(new Client(ctx.app), 'nobody-here@example.com', 'wrong password!', '10.0.1.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('invalid_credentials');
  });

  it('signs out: the session ends on the server, not only in the browser', async () => {
    const user = await createUser(ctx.db);
    const client = new Client(ctx.app);
    await client.signIn(user.email);
    const cookie = client.cookie;
    expect((await client.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    const replay = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `rapport_session=${cookie}` },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('unauthenticated');
  });

  it('ends a session after inactivity', async () => {
    const user = await createUser(ctx.db);
    const client = new Client(ctx.app);
    await client.signIn(user.email);
    await ctx.db
      .updateTable('userSession')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('userId', '=', user.id)
      .execute();
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect(await ctx.db.selectFrom('userSession').select('id').where('userId', '=', user.id).execute()).toHaveLength(0);
  });

  it('extends the session while it is used', async () => {
    const user = await createUser(ctx.db);
    const client = new Client(ctx.app);
    await client.signIn(user.email);
    const soon = new Date(Date.now() + 60_000);
    await ctx.db
      .updateTable('userSession')
      .set({ expiresAt: soon, lastSeenAt: new Date(Date.now() - 3600_000) })
      .where('userId', '=', user.id)
      .execute();
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    const row = await ctx.db
      .selectFrom('userSession')
      .select('expiresAt')
      .where('userId', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + ctx.config.sessionIdleMs - 60_000);
  });

  it('refuses a signed-in write without the CSRF token, and with a wrong one', async () => {
    const { client } = await workspaceWithOwner(ctx);
    const headers = { cookie: `rapport_session=${client.cookie}` };
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers,
      payload: { name: 'Sneaky' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers: { ...headers, 'x-csrf-token': 'nope' },
      payload: { name: 'Sneaky' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(await ctx.db.selectFrom('workspace').select('id').where('name', '=', 'Sneaky').execute()).toHaveLength(0);
    expect((await client.post('/api/v1/workspaces', { name: 'Fine' })).statusCode).toBe(201);
  });
});
