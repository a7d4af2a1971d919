import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { startSmtpServer } from '../../test/smtp.js';
import { logInteraction, makePartner } from '../../test/interactions.js';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let ctx: TestContext;

beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await createTestApp({ SMTP_URL: smtp.url });
});

afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

type Notification = {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  entityType: string | null;
  entityId: string | null;
  readAt: string | null;
};

async function notifications(client: Client, base: string, query = ''): Promise<Notification[]> {
  const response = await client.get(`${base}/notifications${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: Notification[] }).items;
}

const unread = async (client: Client, base: string) =>
  ((await client.get(`${base}/notifications/unread-count`)).json() as { count: number }).count;

describe('reminder choices', () => {
  it('shows the defaults, stores only departures from them, and keeps kinds left out', async () => {
    const { client, base, workspace, owner } = await workspaceWithOwner(ctx);
    const defaults = await client.get(`${base}/me/reminders`);
    expect(defaults.json()).toEqual({
      items: [
        { kind: 'daily_digest', byEmail: true, inApp: false },
        { kind: 'task_assigned', byEmail: false, inApp: true },
        { kind: 'relationship_overdue', byEmail: false, inApp: true },
      ],
    });
    const put = await client.put(`${base}/me/reminders`, {
      items: [
        { kind: 'task_assigned', byEmail: true, inApp: true },
        { kind: 'daily_digest', byEmail: true, inApp: false },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().items).toContainEqual({ kind: 'task_assigned', byEmail: true, inApp: true });
    const stored = await ctx.db
      .selectFrom('notificationPreference')
      .select(['kind'])
      .where('workspaceId', '=', workspace.id)
      .where('userId', '=', owner.id)
      .execute();
    expect(stored).toEqual([{ kind: 'task_assigned' }]);
    // Back to the default: the stored row goes.
    await client.put(`${base}/me/reminders`, { items: [{ kind: 'task_assigned', byEmail: false, inApp: true }] });
    const after = await ctx.db
      .selectFrom('notificationPreference')
      .select(['kind'])
      .where('workspaceId', '=', workspace.id)
      .where('userId', '=', owner.id)
      .execute();
    expect(after).toEqual([]);
  });

  it('are per member: a viewer sets their own, another member’s stay as they were', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    expect(
      (
        await viewer.client.put(`${base}/me/reminders`, {
          items: [{ kind: 'daily_digest', byEmail: false, inApp: true }],
        })
      ).statusCode,
    ).toBe(200);
    expect((await viewer.client.get(`${base}/me/reminders`)).json().items[0]).toEqual({
      kind: 'daily_digest',
      byEmail: false,
      inApp: true,
    });
    expect((await client.get(`${base}/me/reminders`)).json().items[0]).toEqual({
      kind: 'daily_digest',
      byEmail: true,
      inApp: false,
    });
  });

  it('answers 400 naming the field for an unknown kind, a kind listed twice and a missing choice', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const paths = async (body: unknown) => {
      const response = await client.put(`${base}/me/reminders`, body);
      expect(response.statusCode).toBe(400);
      return (response.json() as { errors: { path: string; rule: string }[] }).errors.map((e) => `${e.path}:${e.rule}`);
    };
    expect(await paths({ items: [{ kind: 'weekly_digest', byEmail: true, inApp: true }] })).toEqual([
      'items.0.kind:invalid_value',
    ]);
    expect(
      await paths({
        items: [
          { kind: 'task_assigned', byEmail: true, inApp: true },
          { kind: 'task_assigned', byEmail: false, inApp: true },
        ],
      }),
    ).toEqual(['items.1.kind:duplicate']);
    expect(await paths({ items: [{ kind: 'task_assigned', byEmail: true }] })).toEqual(['items.0.inApp:required']);
    expect(await paths({})).toEqual(['items:required']);
  });

  it('answers 404 to someone outside the workspace', async () => {
    const { base } = await workspaceWithOwner(ctx);
    const stranger = await workspaceWithOwner(ctx);
    expect((await stranger.client.get(`${base}/me/reminders`)).statusCode).toBe(404);
    expect((await stranger.client.put(`${base}/me/reminders`, { items: [] })).statusCode).toBe(404);
  });
});

describe('task assigned', () => {
  it('notifies the new owner in the app when someone else gives them a task, and never the actor', async () => {
    const { client, base, workspace, owner } = await workspaceWithOwner(ctx, 'Assign Co');
    const bob = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const task = (
      await client.post(`${base}/tasks`, { title: 'Send the price list', ownerId: bob.user.id, dueOn: '2027-02-01' })
    ).json();
    await client.post(`${base}/tasks`, { title: 'Mine alone' });
    await bob.client.post(`${base}/tasks`, { title: 'Bob for Bob' });
    const items = await notifications(bob.client, base);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'task_assigned',
        entityType: 'task',
        entityId: task.id,
        readAt: null,
        params: { taskId: task.id, title: 'Send the price list', dueOn: '2027-02-01', assignedByName: 'Olga Owner' },
      }),
    ]);
    expect(await notifications(client, base)).toEqual([]);
    // Re-assigned back to the owner by Bob: the owner hears of it; an edit that keeps the owner tells no one.
    await bob.client.patch(`${base}/tasks/${task.id}`, { title: 'Send the new price list', version: 1 });
    await bob.client.patch(`${base}/tasks/${task.id}`, { ownerId: owner.id, version: 2 });
    expect((await notifications(client, base)).map((n) => n.params.title)).toEqual(['Send the new price list']);
    expect(await notifications(bob.client, base)).toHaveLength(1);
  });

  it('notifies the owners of action items of a logged meeting', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const bob = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const partner = await makePartner(client, base, 'Acme');
    await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partner.id],
      actionItems: [{ title: 'Draft the contract', ownerId: bob.user.id }, { title: 'Book a room' }],
    });
    expect((await notifications(bob.client, base)).map((n) => n.params.title)).toEqual(['Draft the contract']);
    expect(await notifications(client, base)).toEqual([]);
  });

  it('follows the member’s choice: nothing in the app when it is off, an email in their language when email is on', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx, 'Choice Co');
    const bob = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    await ctx.db.updateTable('appUser').set({ locale: 'ru' }).where('id', '=', bob.user.id).execute();
    await bob.client.put(`${base}/me/reminders`, { items: [{ kind: 'task_assigned', byEmail: true, inApp: false }] });
    await client.post(`${base}/tasks`, { title: 'Позвонить <Анне>', ownerId: bob.user.id });
    expect(await notifications(bob.client, base)).toEqual([]);
    await ctx.app.jobs.runDue();
    const mail = smtp.received.find((m) => m.to.includes(bob.user.email));
    expect(mail?.subject).toBe('Olga Owner назначает вам задачу: Позвонить <Анне>');
    expect(mail?.text).toContain('Без срока');
    expect(mail?.text).toContain(`http://rapport.test/w/${workspace.id}/tasks`);
    expect(mail?.html).toContain('Позвонить &lt;Анне&gt;');
    expect(mail?.rawHeaders.get('list-unsubscribe')).toMatch(
      /^<http:\/\/rapport\.test\/api\/v1\/unsubscribe\?token=.+>$/,
    );
  });
});

describe('notifications', () => {
  it('counts unread, marks one read and all read; each member sees only their own', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const bob = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const carol = await memberWithRole(ctx, workspace.id, 'member', 'Carol');
    for (const title of ['One', 'Two', 'Three']) await client.post(`${base}/tasks`, { title, ownerId: bob.user.id });
    await client.post(`${base}/tasks`, { title: 'For Carol', ownerId: carol.user.id });
    expect(await unread(bob.client, base)).toBe(3);
    const [newest] = await notifications(bob.client, base);
    expect(newest?.params.title).toBe('Three');
    // Carol cannot read Bob's notification: it answers like a missing one.
    const foreign = await carol.client.post(`${base}/notifications/${newest?.id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect(await unread(bob.client, base)).toBe(3);
    expect((await bob.client.post(`${base}/notifications/${newest?.id}/read`)).statusCode).toBe(204);
    expect(await unread(bob.client, base)).toBe(2);
    expect((await notifications(bob.client, base, '?unread=true')).map((n) => n.params.title)).toEqual(['Two', 'One']);
    const page = (await bob.client.get(`${base}/notifications?limit=2`)).json() as {
      items: Notification[];
      nextCursor: string;
    };
    const next = (await bob.client.get(`${base}/notifications?limit=2&cursor=${page.nextCursor}`)).json() as {
      items: Notification[];
      nextCursor: null;
    };
    expect([...page.items, ...next.items].map((n) => n.params.title)).toEqual(['Three', 'Two', 'One']);
    expect(next.nextCursor).toBeNull();
    expect((await bob.client.post(`${base}/notifications/read-all`)).statusCode).toBe(204);
    expect(await unread(bob.client, base)).toBe(0);
    expect(await unread(carol.client, base)).toBe(1);
    expect((await notifications(carol.client, base)).map((n) => n.params.title)).toEqual(['For Carol']);
  });

  it('keeps each workspace’s notifications to itself (404 from outside)', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const bob = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    await client.post(`${base}/tasks`, { title: 'Here only', ownerId: bob.user.id });
    const [item] = await notifications(bob.client, base);
    const elsewhere = await workspaceWithOwner(ctx);
    for (const response of [
      await elsewhere.client.get(`${base}/notifications`),
      await elsewhere.client.get(`${base}/notifications/unread-count`),
      await elsewhere.client.post(`${base}/notifications/${item?.id}/read`),
      await elsewhere.client.post(`${base}/notifications/read-all`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    }
    // Nor through a workspace of their own.
    expect((await elsewhere.client.post(`${elsewhere.base}/notifications/${item?.id}/read`)).statusCode).toBe(404);
    expect(await unread(bob.client, base)).toBe(1);
  });

  it('answers 400 for a bad cursor, a bad unread flag and a malformed id', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    expect((await client.get(`${base}/notifications?cursor=nonsense`)).json()).toMatchObject({
      code: 'validation',
      errors: [{ path: 'cursor' }],
    });
    expect((await client.get(`${base}/notifications?unread=yes`)).json()).toMatchObject({
      code: 'validation',
      errors: [{ path: 'unread' }],
    });
    expect((await client.post(`${base}/notifications/not-an-id/read`)).statusCode).toBe(400);
  });
});
