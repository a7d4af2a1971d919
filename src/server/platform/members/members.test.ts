import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Member = { userId: string; name: string; email: string; role: string; joinedAt: string; version: number };

async function members(client: Client, base: string): Promise<Member[]> {
  const response = await client.get(`${base}/members`);
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: Member[] }).items;
}

async function memberOf(client: Client, base: string, userId: string): Promise<Member | undefined> {
  return (await members(client, base)).find((m) => m.userId === userId);
}

describe('members: reading', () => {
  it('lists the members, oldest first, to every role', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    const admin = await memberWithRole(ctx, workspace.id, 'admin', 'Ada Admin');
    const member = await memberWithRole(ctx, workspace.id, 'member', 'Max Member');
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer', 'Vera Viewer');
    for (const c of [client, admin.client, member.client, viewer.client]) {
      const list = await members(c, base);
      expect(list.map((m) => [m.userId, m.role])).toEqual([
        [owner.id, 'owner'],
        [admin.user.id, 'admin'],
        [member.user.id, 'member'],
        [viewer.user.id, 'viewer'],
      ]);
      expect(list[1]).toMatchObject({ name: 'Ada Admin', email: admin.user.email, version: 1 });
    }
  });

  it('walks every member exactly once with limit=1', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    const added = [];
    for (const role of ['admin', 'member', 'viewer', 'member'] as const)
      added.push((await memberWithRole(ctx, workspace.id, role)).user.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response = await client.get(`${base}/members?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: Member[]; nextCursor: string | null };
      seen.push(...body.items.map((m) => m.userId));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual([owner.id, ...added]);
  });
});

describe('members: changing roles', () => {
  it('lets an owner change a role, bumping the version', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user } = await memberWithRole(ctx, workspace.id, 'viewer');
    const response = await client.patch(`${base}/members/${user.id}`, { role: 'member', version: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ userId: user.id, role: 'member', version: 2 });
    expect(await memberOf(client, base, user.id)).toMatchObject({ role: 'member', version: 2 });
  });

  it('lets an admin change a non-owner role, with If-Match instead of a body version', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const admin = await memberWithRole(ctx, workspace.id, 'admin');
    const { user } = await memberWithRole(ctx, workspace.id, 'member');
    const response = await admin.client.patch(`${base}/members/${user.id}`, { role: 'admin' }, { 'if-match': '"1"' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: 'admin', version: 2 });
    expect(await memberOf(client, base, user.id)).toMatchObject({ role: 'admin' });
  });

  it('answers 403 forbidden to a member or viewer changing or removing someone else', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const member = await memberWithRole(ctx, workspace.id, 'member');
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    const target = await memberWithRole(ctx, workspace.id, 'viewer');
    for (const actor of [member.client, viewer.client]) {
      const patch = await actor.patch(`${base}/members/${target.user.id}`, { role: 'admin', version: 1 });
      expect(patch.statusCode).toBe(403);
      expect(patch.json()).toMatchObject({ code: 'forbidden' });
      const remove = await actor.delete(`${base}/members/${target.user.id}`, { 'if-match': '1' });
      expect(remove.statusCode).toBe(403);
      expect(remove.json()).toMatchObject({ code: 'forbidden' });
    }
    // A member cannot promote themselves either.
    const self = await member.client.patch(`${base}/members/${member.user.id}`, { role: 'admin', version: 1 });
    expect(self.statusCode).toBe(403);
    expect(await memberOf(client, base, target.user.id)).toMatchObject({ role: 'viewer', version: 1 });
    expect(await memberOf(client, base, member.user.id)).toMatchObject({ role: 'member', version: 1 });
  });

  it('answers 403 to an admin changing or removing an owner, or making someone owner', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    const admin = await memberWithRole(ctx, workspace.id, 'admin');
    const { user } = await memberWithRole(ctx, workspace.id, 'member');
    const demote = await admin.client.patch(`${base}/members/${owner.id}`, { role: 'member', version: 1 });
    expect(demote.statusCode).toBe(403);
    expect(demote.json()).toMatchObject({ code: 'forbidden' });
    const remove = await admin.client.delete(`${base}/members/${owner.id}`, { 'if-match': '1' });
    expect(remove.statusCode).toBe(403);
    const promote = await admin.client.patch(`${base}/members/${user.id}`, { role: 'owner', version: 1 });
    expect(promote.statusCode).toBe(403);
    const promoteSelf = await admin.client.patch(`${base}/members/${admin.user.id}`, { role: 'owner', version: 1 });
    expect(promoteSelf.statusCode).toBe(403);
    const list = await members(client, base);
    expect(list.map((m) => m.role)).toEqual(['owner', 'admin', 'member']);
  });

  it('lets an owner make someone owner and remove another owner', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const second = await memberWithRole(ctx, workspace.id, 'owner');
    const { user } = await memberWithRole(ctx, workspace.id, 'member');
    const promote = await client.patch(`${base}/members/${user.id}`, { role: 'owner', version: 1 });
    expect(promote.statusCode).toBe(200);
    expect(promote.json()).toMatchObject({ role: 'owner' });
    const remove = await client.delete(`${base}/members/${second.user.id}`, { 'if-match': '1' });
    expect(remove.statusCode).toBe(204);
    const list = await members(client, base);
    expect(list.map((m) => m.userId)).not.toContain(second.user.id);
    expect(list.filter((m) => m.role === 'owner')).toHaveLength(2);
  });
});

describe('members: the last owner', () => {
  it('answers 422 last_owner when the only owner demotes or removes themselves, and the owner stays', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    await memberWithRole(ctx, workspace.id, 'admin');
    const demote = await client.patch(`${base}/members/${owner.id}`, { role: 'admin', version: 1 });
    expect(demote.statusCode).toBe(422);
    expect(demote.json()).toMatchObject({ code: 'last_owner', status: 422 });
    const leave = await client.delete(`${base}/members/${owner.id}`, { 'if-match': '1' });
    expect(leave.statusCode).toBe(422);
    expect(leave.json()).toMatchObject({ code: 'last_owner' });
    expect(await memberOf(client, base, owner.id)).toMatchObject({ role: 'owner', version: 1 });
  });

  it('lets a second owner be demoted, then refuses to demote the one left', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    const second = await memberWithRole(ctx, workspace.id, 'owner');
    const demote = await client.patch(`${base}/members/${second.user.id}`, { role: 'admin', version: 1 });
    expect(demote.statusCode).toBe(200);
    expect(demote.json()).toMatchObject({ role: 'admin', version: 2 });
    const last = await client.patch(`${base}/members/${owner.id}`, { role: 'admin', version: 1 });
    expect(last.statusCode).toBe(422);
    expect(last.json()).toMatchObject({ code: 'last_owner' });
    expect((await members(client, base)).map((m) => m.role)).toEqual(['owner', 'admin']);
  });

  it('lets an owner leave when another owner remains', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    const second = await memberWithRole(ctx, workspace.id, 'owner');
    const leave = await client.delete(`${base}/members/${owner.id}`, { 'if-match': '1' });
    expect(leave.statusCode).toBe(204);
    expect((await members(second.client, base)).map((m) => [m.userId, m.role])).toEqual([[second.user.id, 'owner']]);
  });
});

describe('members: versions', () => {
  it('answers 412 stale_version with the current member and changes nothing', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user } = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await client.patch(`${base}/members/${user.id}`, { role: 'member', version: 1 })).statusCode).toBe(200);

    const stalePatch = await client.patch(`${base}/members/${user.id}`, { role: 'admin', version: 1 });
    expect(stalePatch.statusCode).toBe(412);
    expect(stalePatch.json()).toMatchObject({
      code: 'stale_version',
      current: { userId: user.id, role: 'member', version: 2 },
    });

    const staleDelete = await client.delete(`${base}/members/${user.id}`, { 'if-match': '1' });
    expect(staleDelete.statusCode).toBe(412);
    expect(staleDelete.json()).toMatchObject({
      code: 'stale_version',
      current: { userId: user.id, role: 'member', version: 2 },
    });

    expect(await memberOf(client, base, user.id)).toMatchObject({ role: 'member', version: 2 });
  });

  it('answers 400 naming version when neither If-Match nor a body version is sent', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user } = await memberWithRole(ctx, workspace.id, 'viewer');
    for (const response of [
      await client.patch(`${base}/members/${user.id}`, { role: 'admin' }),
      await client.delete(`${base}/members/${user.id}`),
    ]) {
      expect(response.statusCode).toBe(400);
      const body = response.json() as { code: string; errors: { path: string }[] };
      expect(body.code).toBe('validation');
      expect(body.errors.map((e) => e.path)).toContain('version');
    }
    expect(await memberOf(client, base, user.id)).toMatchObject({ role: 'viewer', version: 1 });
  });
});

describe('members: leaving and removal', () => {
  it('lets any member leave, after which the workspace answers 404 to them', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    for (const role of ['admin', 'member', 'viewer'] as const) {
      const { user, client: theirs } = await memberWithRole(ctx, workspace.id, role);
      const leave = await theirs.delete(`${base}/members/${user.id}`, { 'if-match': '1' });
      expect(leave.statusCode).toBe(204);
      for (const path of [base, `${base}/members`]) {
        const after = await theirs.get(path);
        expect(after.statusCode).toBe(404);
        expect(after.json()).toMatchObject({ code: 'not_found' });
      }
      const me = (await theirs.get('/api/v1/me')).json() as {
        workspaces: { id: string }[];
        currentWorkspaceId: string | null;
      };
      expect(me.workspaces).toEqual([]);
      expect(me.currentWorkspaceId).toBeNull();
    }
    expect((await members(client, base)).map((m) => m.role)).toEqual(['owner']);
  });

  it('answers 404 to a removed member, who can no longer read or write', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const removed = await memberWithRole(ctx, workspace.id, 'admin');
    const { user: other } = await memberWithRole(ctx, workspace.id, 'viewer');
    const response = await client.delete(`${base}/members/${removed.user.id}`, { 'if-match': '1' });
    expect(response.statusCode).toBe(204);
    expect((await removed.client.get(base)).statusCode).toBe(404);
    expect((await removed.client.get(`${base}/members`)).statusCode).toBe(404);
    const write = await removed.client.patch(`${base}/members/${other.id}`, { role: 'member', version: 1 });
    expect(write.statusCode).toBe(404);
    expect(write.json()).toMatchObject({ code: 'not_found' });
    expect(await memberOf(client, base, other.id)).toMatchObject({ role: 'viewer', version: 1 });
  });

  it('applies a changed role from the very next request of the member whose role changed', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const admin = await memberWithRole(ctx, workspace.id, 'admin');
    const { user: other } = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await admin.client.get(`${base}/invitations`)).statusCode).toBe(200);
    expect((await client.patch(`${base}/members/${admin.user.id}`, { role: 'viewer', version: 1 })).statusCode).toBe(
      200,
    );
    expect((await admin.client.get(`${base}/invitations`)).statusCode).toBe(403);
    const write = await admin.client.patch(`${base}/members/${other.id}`, { role: 'member', version: 1 });
    expect(write.statusCode).toBe(403);
    expect(await memberOf(client, base, other.id)).toMatchObject({ role: 'viewer', version: 1 });
  });

  it('answers 404 for a user who is not a member of the workspace', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const stranger = await workspaceWithOwner(ctx, 'Elsewhere');
    const response = await client.patch(`${base}/members/${stranger.owner.id}`, { role: 'member', version: 1 });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });
});
