import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/index.js';
import { startServer } from '../../app/server.js';
import { openTestDatabase } from '../../test/database.js';
import { Client, createTestApp, PASSWORD, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const setupBody = {
  workspaceName: 'Công ty Đối Tác',
  name: 'Nguyễn Văn An',
  email: 'An@Example.com',
  password: PASSWORD,
};

describe('first-run setup', () => {
  it('is needed on an empty database, creates the owner and signs them in, then refuses with 409', async () => {
    const client = new Client(ctx.app);
    expect((await client.get('/api/v1/setup')).json()).toEqual({ needed: true });

    const created = await client.post('/api/v1/setup', setupBody);
    expect(created.statusCode).toBe(201);
    const session = created.json();
    expect(session.user).toMatchObject({ name: 'Nguyễn Văn An', email: 'An@Example.com' });
    expect(session.workspaces).toEqual([expect.objectContaining({ name: 'Công ty Đối Tác', role: 'owner' })]);
    expect(session.currentWorkspaceId).toBe(session.workspaces[0].id);

    const cookie = created.headers['set-cookie'];
    expect(String(cookie)).toMatch(/HttpOnly/i);
    expect(String(cookie)).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);

    expect((await client.get('/api/v1/setup')).json()).toEqual({ needed: false });
    const again = await new Client(ctx.app).post('/api/v1/setup', { ...setupBody, email: 'other@example.com' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'setup_done' });

    // The email is matched without regard to case.
    await new Client(ctx.app).signIn('an@example.com');
  });

  it('lets only one of two racing setups win', async () => {
    const fresh = await createTestApp();
    try {
      const [a, b] = await Promise.all([
        new Client(fresh.app).post('/api/v1/setup', { ...setupBody, email: 'a@example.com' }),
        new Client(fresh.app).post('/api/v1/setup', { ...setupBody, email: 'b@example.com' }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      const users = await fresh.db.selectFrom('appUser').select('email').execute();
      expect(users).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('can run headless from RAPPORT_ADMIN_EMAIL and RAPPORT_ADMIN_PASSWORD, and keeps data across restarts', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-setup-'));
    const database = process.env.TEST_DATABASE_URL ? await openTestDatabase() : undefined;
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      RAPPORT_ADMIN_EMAIL: 'ops@example.com',
      RAPPORT_ADMIN_PASSWORD: PASSWORD,
      RAPPORT_WORKSPACE_NAME: 'Scripted',
    });
    const boot = () => startServer({ ...config, databaseUrl: database?.url }, { logger: false });
    try {
      const first = await boot();
      const client = new Client(first.app);
      expect((await client.get('/api/v1/setup')).json()).toEqual({ needed: false });
      const signedIn = await client.signIn('ops@example.com');
      expect(signedIn.json().workspaces).toEqual([expect.objectContaining({ name: 'Scripted', role: 'owner' })]);
      await first.app.close();

      // A second start finds the same owner and does not create another.
      const second = await boot();
      await new Client(second.app).signIn('ops@example.com');
      expect(await second.database.db.selectFrom('appUser').select('id').execute()).toHaveLength(1);
      await second.app.close();
    } finally {
      await database?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
