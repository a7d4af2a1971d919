import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  memberWithRole,
  uniqueEmail,
  workspaceWithOwner,
  type TestContext,
} from '../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Call = { method: InjectOptions['method']; url: string; body?: unknown; headers?: Record<string, string> };

/**
 * Workspace B with an owner, a member, a pending invitation and some history, all with names to look for in answers.
 */
async function workspaceB() {
  const b = await workspaceWithOwner(ctx, 'Bravo Secret Holdings');
  // The harness names every owner alike; B's gets a name of its own to look for.
  expect((await b.client.patch('/api/v1/me', { name: 'Boris Bravo-Owner' })).statusCode).toBe(200);
  const member = await memberWithRole(ctx, b.workspace.id, 'member', 'Bertha Bravo-Member');
  const invitedEmail = uniqueEmail('bravo-invitee');
  const invitation = await b.client.post(`${b.base}/invitations`, { email: invitedEmail, role: 'viewer' });
  expect(invitation.statusCode).toBe(201);
  const invitationId = (invitation.json() as { id: string }).id;
  const secrets = [
    'Bravo Secret Holdings',
    'Boris Bravo-Owner',
    b.owner.email,
    'Bertha Bravo-Member',
    member.user.email,
    invitedEmail,
  ];
  return { ...b, member, invitationId, invitedEmail, secrets };
}

type B = Awaited<ReturnType<typeof workspaceB>>;

/** Everything B's owner can see of B, to compare before and after. */
async function snapshot(b: B) {
  const read = async (path: string) => {
    const response = await b.client.get(path);
    expect(response.statusCode).toBe(200);
    return response.json() as unknown;
  };
  return {
    workspace: await read(b.base),
    members: await read(`${b.base}/members`),
    invitations: await read(`${b.base}/invitations`),
    audit: await read(`${b.base}/audit-log`),
    outbox: await read(`${b.base}/outbox`),
  };
}

/** Every workspace endpoint, aimed at workspace B. */
function callsOn(b: B, invitationId = b.invitationId): Call[] {
  return [
    { method: 'GET', url: b.base },
    { method: 'PATCH', url: b.base, body: { name: 'Taken over', version: 1 } },
    { method: 'GET', url: `${b.base}/members` },
    { method: 'PATCH', url: `${b.base}/members/${b.member.user.id}`, body: { role: 'admin', version: 1 } },
    { method: 'DELETE', url: `${b.base}/members/${b.member.user.id}`, headers: { 'if-match': '1' } },
    { method: 'DELETE', url: `${b.base}/members/${b.owner.id}`, headers: { 'if-match': '1' } },
    { method: 'GET', url: `${b.base}/invitations` },
    { method: 'POST', url: `${b.base}/invitations`, body: { email: uniqueEmail('intruder'), role: 'owner' } },
    { method: 'DELETE', url: `${b.base}/invitations/${invitationId}` },
    { method: 'GET', url: `${b.base}/audit-log` },
    { method: 'GET', url: `${b.base}/outbox` },
    { method: 'PUT', url: '/api/v1/me/current-workspace', body: { workspaceId: b.workspace.id } },
    // Interactions, meetings and tasks: the workspace is checked before any id is looked up
    // (their module tests aim the same calls at B's real ids).
    { method: 'GET', url: `${b.base}/interactions` },
    { method: 'POST', url: `${b.base}/interactions`, body: { kind: 'email', partnerIds: [ANY_ID] } },
    { method: 'GET', url: `${b.base}/interactions/${ANY_ID}` },
    { method: 'PATCH', url: `${b.base}/interactions/${ANY_ID}`, body: { subject: 'Taken over', version: 1 } },
    { method: 'DELETE', url: `${b.base}/interactions/${ANY_ID}`, headers: { 'if-match': '1' } },
    { method: 'POST', url: `${b.base}/interactions/${ANY_ID}/restore` },
    { method: 'GET', url: `${b.base}/tasks?mine=true` },
    { method: 'POST', url: `${b.base}/tasks`, body: { title: 'Planted' } },
    { method: 'PATCH', url: `${b.base}/tasks/${ANY_ID}`, body: { status: 'done', version: 1 } },
    { method: 'DELETE', url: `${b.base}/tasks/${ANY_ID}`, headers: { 'if-match': '1' } },
    { method: 'GET', url: `${b.base}/meeting-series` },
    {
      method: 'POST',
      url: `${b.base}/meeting-series`,
      body: { recurrence: 'weekly', startsAt: '2030-01-07T09:00:00Z', subject: 'Planted', partnerIds: [ANY_ID] },
    },
    { method: 'POST', url: `${b.base}/meeting-series/${ANY_ID}/stop`, body: { version: 1 } },
    { method: 'GET', url: `${b.base}/partners/${ANY_ID}/timeline` },
    { method: 'GET', url: `${b.base}/relationships/${ANY_ID}/timeline` },
  ];
}

const ANY_ID = '01a208d9-0000-7000-8000-00000000b0b0';

const send = (client: Client, call: Call) => client.request(call.method, call.url, call.body, call.headers);

describe('tenancy: a workspace is invisible to outsiders', () => {
  it("answers 404 not_found to another workspace's owner on every endpoint, leaks nothing and changes nothing", async () => {
    const a = await workspaceWithOwner(ctx, 'Alpha Co');
    const b = await workspaceB();
    const before = await snapshot(b);

    for (const call of callsOn(b)) {
      const response = await send(a.client, call);
      expect(response.statusCode, `${call.method} ${call.url}`).toBe(404);
      expect(response.json(), `${call.method} ${call.url}`).toMatchObject({ code: 'not_found' });
      for (const secret of b.secrets) expect(response.body, `${call.method} ${call.url}`).not.toContain(secret);
    }

    expect(await snapshot(b)).toEqual(before);
    // A's session did not switch to B, and A still sees only its own workspace.
    const me = (await a.client.get('/api/v1/me')).json() as {
      workspaces: { id: string }[];
      currentWorkspaceId: string | null;
    };
    expect(me.workspaces.map((w) => w.id)).toEqual([a.workspace.id]);
    expect(me.currentWorkspaceId).toBe(a.workspace.id);
    // And nothing leaked into A's own lists.
    const aAudit = await a.client.get(`${a.base}/audit-log`);
    for (const secret of b.secrets) expect(aAudit.body).not.toContain(secret);
  });

  it('answers 404 to an admin of another workspace just as to its owner', async () => {
    const a = await workspaceWithOwner(ctx, 'Alpha Co');
    const admin = await memberWithRole(ctx, a.workspace.id, 'admin');
    const b = await workspaceB();
    const before = await snapshot(b);
    for (const call of callsOn(b)) {
      const response = await send(admin.client, call);
      expect(response.statusCode, `${call.method} ${call.url}`).toBe(404);
    }
    expect(await snapshot(b)).toEqual(before);
  });

  it("answers 404 when B's ids are used through A's own path", async () => {
    const a = await workspaceWithOwner(ctx, 'Alpha Co');
    const b = await workspaceB();
    const before = await snapshot(b);

    const revoke = await a.client.delete(`${a.base}/invitations/${b.invitationId}`);
    expect(revoke.statusCode).toBe(404);
    expect(revoke.json()).toMatchObject({ code: 'not_found' });

    const patch = await a.client.patch(`${a.base}/members/${b.member.user.id}`, { role: 'admin', version: 1 });
    expect(patch.statusCode).toBe(404);
    const remove = await a.client.delete(`${a.base}/members/${b.member.user.id}`, { 'if-match': '1' });
    expect(remove.statusCode).toBe(404);
    for (const response of [revoke, patch, remove])
      for (const secret of b.secrets) expect(response.body).not.toContain(secret);

    expect(await snapshot(b)).toEqual(before);
    const statuses = (before.invitations as { items: { id: string; status: string }[] }).items;
    expect(statuses).toEqual([expect.objectContaining({ id: b.invitationId, status: 'pending' })]);
  });
});

describe('tenancy: authentication', () => {
  it('answers 401 unauthenticated to every endpoint without a session', async () => {
    const b = await workspaceB();
    const before = await snapshot(b);
    const anonymous = new Client(ctx.app);
    const calls: Call[] = [
      ...callsOn(b),
      { method: 'GET', url: '/api/v1/me' },
      { method: 'PATCH', url: '/api/v1/me', body: { name: 'Nobody' } },
      { method: 'POST', url: '/api/v1/workspaces', body: { name: 'Anonymous Co' } },
      // Without a session, a missing If-Match does not matter: the answer is still 401.
      { method: 'DELETE', url: `${b.base}/members/${b.member.user.id}` },
      { method: 'PATCH', url: `${b.base}/members/${b.member.user.id}`, body: { role: 'admin' } },
    ];
    for (const call of calls) {
      const response = await send(anonymous, call);
      expect(response.statusCode, `${call.method} ${call.url}`).toBe(401);
      expect(response.json(), `${call.method} ${call.url}`).toMatchObject({ code: 'unauthenticated' });
      for (const secret of b.secrets) expect(response.body).not.toContain(secret);
    }
    expect(await snapshot(b)).toEqual(before);
  });

  it('answers 401 to a forged session cookie', async () => {
    const b = await workspaceB();
    const forged = new Client(ctx.app);
    forged.cookie = 'not-a-real-session-token';
    const response = await forged.get(b.base);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('tenancy: CSRF', () => {
  it('answers 403 csrf to a write with the session cookie but without X-CSRF-Token, and changes nothing', async () => {
    const b = await workspaceB();
    const before = await snapshot(b);
    const profileBefore = (await b.client.get('/api/v1/me')).json() as unknown;

    for (const csrf of [undefined, 'wrong-token']) {
      const cookieOnly = new Client(ctx.app);
      cookieOnly.cookie = b.client.cookie;
      const headers: Record<string, string> = csrf ? { 'x-csrf-token': csrf } : {};
      const calls: Call[] = [
        ...callsOn(b).filter((c) => c.method !== 'GET'),
        { method: 'PATCH', url: '/api/v1/me', body: { name: 'Hijacked' } },
        { method: 'POST', url: '/api/v1/workspaces', body: { name: 'Planted Co' } },
        { method: 'POST', url: '/api/v1/auth/sign-out' },
      ];
      for (const call of calls) {
        const response = await send(cookieOnly, { ...call, headers: { ...call.headers, ...headers } });
        expect(response.statusCode, `${call.method} ${call.url}`).toBe(403);
        expect(response.json(), `${call.method} ${call.url}`).toMatchObject({ code: 'csrf' });
      }
      // A read with the cookie alone still works: the session was not ended by the refused sign-out.
      expect((await cookieOnly.get(b.base)).statusCode).toBe(200);
    }

    expect(await snapshot(b)).toEqual(before);
    const profileAfter = (await b.client.get('/api/v1/me')).json() as { workspaces: unknown[] };
    expect(profileAfter).toEqual(profileBefore);
    expect(profileAfter.workspaces).toHaveLength(1);
  });
});
