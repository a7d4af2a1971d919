import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('my account and workspaces', () => {
  it('answers 401 to /me without a session', async () => {
    const response = await new Client(ctx.app).get('/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
  });

  it('saves the language and time zone per user', async () => {
    const { client, owner } = await workspaceWithOwner(ctx);
    const updated = await client.patch('/api/v1/me', { locale: 'fa', timeZone: 'Asia/Tehran', name: 'اولگا' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ locale: 'fa', timeZone: 'Asia/Tehran', name: 'اولگا' });
    // A new session (another browser) gets the saved choice.
    const other = new Client(ctx.app);
    expect((await other.signIn(owner.email)).json().user).toMatchObject({ locale: 'fa', timeZone: 'Asia/Tehran' });
  });

  it('refuses an unknown language or time zone, naming the field', async () => {
    const { client } = await workspaceWithOwner(ctx);
    const locale = await client.patch('/api/v1/me', { locale: 'de' });
    expect(locale.statusCode).toBe(400);
    expect(locale.json().errors).toEqual([expect.objectContaining({ path: 'locale', rule: 'invalid_value' })]);
    const zone = await client.patch('/api/v1/me', { timeZone: 'Mars/Olympus' });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().errors).toEqual([expect.objectContaining({ path: 'timeZone' })]);
  });

  it('follows the system colour scheme until the user chooses one, and keeps the choice per user', async () => {
    const { client, owner, workspace } = await workspaceWithOwner(ctx);
    const { client: member } = await memberWithRole(ctx, workspace.id, 'member');
    expect((await client.get('/api/v1/me')).json().user.colorScheme).toBe('system');

    const saved = await client.patch('/api/v1/me', { colorScheme: 'dark' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ colorScheme: 'dark', locale: owner.locale, timeZone: owner.timeZone });
    expect((await client.get('/api/v1/me')).json().user.colorScheme).toBe('dark');
    // Another browser signing in gets the saved choice; another user keeps theirs.
    expect((await new Client(ctx.app).signIn(owner.email)).json().user.colorScheme).toBe('dark');
    expect((await member.get('/api/v1/me')).json().user.colorScheme).toBe('system');

    expect((await member.patch('/api/v1/me', { colorScheme: 'light' })).json().colorScheme).toBe('light');
    expect((await client.get('/api/v1/me')).json().user.colorScheme).toBe('dark');
    expect((await client.patch('/api/v1/me', { colorScheme: 'system' })).json().colorScheme).toBe('system');
    expect((await member.get('/api/v1/me')).json().user.colorScheme).toBe('light');
  });

  it('refuses an unknown colour scheme, naming the field, and changes nothing', async () => {
    const { client } = await workspaceWithOwner(ctx);
    await client.patch('/api/v1/me', { colorScheme: 'light' });
    const refused = await client.patch('/api/v1/me', { colorScheme: 'sepia', name: 'Not saved' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('validation');
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'colorScheme', rule: 'invalid_value' })]);
    const me = (await client.get('/api/v1/me')).json().user;
    expect(me.colorScheme).toBe('light');
    expect(me.name).not.toBe('Not saved');
  });

  it('keeps only known colour schemes in the database itself', async () => {
    const { owner } = await workspaceWithOwner(ctx);
    await expect(
      sql`update app_user set color_scheme = 'sepia' where id = ${owner.id}`.execute(ctx.db),
    ).rejects.toThrow(/color_scheme/);
    const row = await ctx.db.selectFrom('appUser').select('colorScheme').where('id', '=', owner.id).executeTakeFirst();
    expect(row?.colorScheme).toBe('system');
  });

  it('creates another workspace with the caller as owner and switches between them', async () => {
    const { client, workspace } = await workspaceWithOwner(ctx, 'Первая');
    const created = await client.post('/api/v1/workspaces', { name: 'Thứ hai' });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe(`/api/v1/w/${created.json().id}`);
    expect(created.json()).toMatchObject({ name: 'Thứ hai', role: 'owner' });

    const me = (await client.get('/api/v1/me')).json();
    expect(me.workspaces.map((w: { name: string }) => w.name).sort()).toEqual(['Thứ hai', 'Первая'].sort());
    expect(me.currentWorkspaceId).toBe(created.json().id);

    expect((await client.put('/api/v1/me/current-workspace', { workspaceId: workspace.id })).statusCode).toBe(204);
    expect((await client.get('/api/v1/me')).json().currentWorkspaceId).toBe(workspace.id);
  });

  it('renames a workspace with its version; a stale version gets 412 and the current name', async () => {
    const { client, base } = await workspaceWithOwner(ctx, 'Old name');
    const read = await client.get(base);
    expect(read.headers.etag).toBe('1');
    const renamed = await client.patch(base, { name: 'New name', version: 1 });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'New name', version: 2 });
    const stale = await client.patch(base, { name: 'Lost update', version: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'stale_version', current: { name: 'New name', version: 2 } });
    expect((await client.get(base)).json().name).toBe('New name');
  });

  it('lets a viewer read the workspace but never change it', async () => {
    const { workspace, base } = await workspaceWithOwner(ctx);
    const { client: viewer } = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await viewer.get(base)).json()).toMatchObject({ role: 'viewer' });
    const rename = await viewer.patch(base, { name: 'Viewer was here', version: 1 });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().code).toBe('forbidden');
    const invite = await viewer.post(`${base}/invitations`, { email: 'x@example.com', role: 'viewer' });
    expect(invite.statusCode).toBe(403);
  });
});
