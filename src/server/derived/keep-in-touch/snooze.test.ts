import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { daysFromNow, logInteraction, makeRelationship } from '../../test/interactions.js';
import { addDays, todayIn } from '../../platform/core/index.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const today = () => todayIn('UTC');
const listed = async (client: Client, base: string) =>
  ((await client.get(`${base}/keep-in-touch`)).json() as { items: { partnerName: string }[] }).items.map(
    (i) => i.partnerName,
  );
const snoozes = async (client: Client, base: string, id: string) =>
  (await client.get(`${base}/relationships/${id}/snoozes`)).json().items as {
    until: string;
    active: boolean;
    endedAt: string | null;
    note: string;
    createdByName: string;
    endedByName: string | null;
  }[];

/** An overdue inner-circle relationship, on the keep-in-touch list. */
async function overdue() {
  const ws = await workspaceWithOwner(ctx);
  const relationship = await makeRelationship(ws.client, ws.base, { tier: 'inner_circle' }, 'Overdue Co');
  await logInteraction(ws.client, ws.base, { relationshipIds: [relationship.id], occurredAt: daysFromNow(-20) });
  expect(await listed(ws.client, ws.base)).toEqual(['Overdue Co']);
  return { ...ws, relationship, url: `${ws.base}/relationships/${relationship.id}` };
}

describe('snoozes', () => {
  it('takes a relationship off the list through its date, is recorded and audited, and shows on the relationship', async () => {
    const { client, base, url, relationship, owner } = await overdue();
    const until = addDays(today(), 3);
    const created = await client.post(`${url}/snooze`, { until, note: 'On holiday until Thursday' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      until,
      note: 'On holiday until Thursday',
      createdBy: owner.id,
      createdByName: 'Olga Owner',
      endedAt: null,
      endedByName: null,
      active: true,
    });
    expect(await listed(client, base)).toEqual([]);
    expect((await client.get(url)).json()).toMatchObject({ snoozedUntil: until, version: 1 });
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'relationship.snooze',
      entityId: relationship.id,
      changes: { snoozedUntil: { before: null, after: until } },
    });
  });

  it('expires by itself: from the day after `until` the relationship is listed again', async () => {
    const { client, base, url, workspace, relationship } = await overdue();
    await client.post(`${url}/snooze`, { until: addDays(today(), 1) });
    expect(await listed(client, base)).toEqual([]);
    // Time passes: the snooze's last day was yesterday (as the stored rows look two days later).
    const yesterday = addDays(today(), -1);
    await ctx.db
      .updateTable('contactSnooze')
      .set({ until: yesterday })
      .where('workspaceId', '=', workspace.id)
      .execute();
    await ctx.db
      .updateTable('relationship')
      .set({ snoozedUntil: yesterday })
      .where('workspaceId', '=', workspace.id)
      .where('id', '=', relationship.id)
      .execute();
    expect(await listed(client, base)).toEqual(['Overdue Co']);
    expect((await client.get(url)).json().snoozedUntil).toBeNull();
    expect(await snoozes(client, base, relationship.id)).toEqual([
      expect.objectContaining({ until: yesterday, active: false, endedAt: null }),
    ]);
    // An expired snooze is not live: there is nothing to end, and a new one does not end it.
    expect((await client.delete(`${url}/snooze`)).statusCode).toBe(404);
    await client.post(`${url}/snooze`, { until: addDays(today(), 2) });
    expect((await snoozes(client, base, relationship.id)).map((s) => [s.active, s.endedAt])).toEqual([
      [true, null],
      [false, null],
    ]);
  });

  it('a new snooze ends the live one; ending early lists the relationship again at once', async () => {
    const { client, base, url, relationship, workspace } = await overdue();
    const member = await memberWithRole(ctx, workspace.id, 'member', 'Mai Member');
    await client.post(`${url}/snooze`, { until: addDays(today(), 10) });
    expect((await member.client.post(`${url}/snooze`, { until: addDays(today(), 5) })).statusCode).toBe(201);
    expect((await snoozes(client, base, relationship.id)).map((s) => [s.until, s.active, s.endedByName])).toEqual([
      [addDays(today(), 5), true, null],
      [addDays(today(), 10), false, 'Mai Member'],
    ]);
    expect((await client.get(url)).json().snoozedUntil).toBe(addDays(today(), 5));

    expect((await client.delete(`${url}/snooze`)).statusCode).toBe(204);
    expect(await listed(client, base)).toEqual(['Overdue Co']);
    expect((await client.get(url)).json().snoozedUntil).toBeNull();
    expect((await snoozes(client, base, relationship.id)).every((s) => !s.active)).toBe(true);
    expect((await client.delete(`${url}/snooze`)).json()).toMatchObject({ status: 404, code: 'not_found' });
    const actions = (await client.get(`${base}/audit-log`)).json().items.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 3)).toEqual(['relationship.snooze_end', 'relationship.snooze', 'relationship.snooze']);
  });

  it('refuses a date that is not after today or more than 365 days ahead, naming `until`', async () => {
    const { client, url } = await overdue();
    const rules = async (body: unknown) => {
      const response = await client.post(`${url}/snooze`, body);
      expect(response.statusCode).toBe(400);
      return (response.json().errors as { path: string; rule: string }[]).map((e) => `${e.path}:${e.rule}`);
    };
    expect(await rules({ until: today() })).toEqual(['until:date_not_future']);
    expect(await rules({ until: addDays(today(), -3) })).toEqual(['until:date_not_future']);
    expect(await rules({ until: addDays(today(), 366) })).toEqual(['until:date_too_far']);
    expect(await rules({ until: '2026-02-30' })).toEqual(['until:invalid_format']);
    expect(await rules({})).toEqual(['until:required']);
    expect(await rules({ until: addDays(today(), 1), colour: 'red' })).toEqual(['colour:unknown_field']);
    expect((await client.post(`${url}/snooze`, { until: addDays(today(), 400) })).json().errors[0]).toMatchObject({
      params: { maximum: 365 },
    });
    expect((await client.post(`${url}/snooze`, { until: addDays(today(), 365) })).statusCode).toBe(201);
  });

  it('lets a viewer read the snoozes but not snooze (403); another workspace gets 404', async () => {
    const { client, base, url, relationship, workspace } = await overdue();
    await client.post(`${url}/snooze`, { until: addDays(today(), 3) });
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await viewer.client.get(`${url}/snoozes`)).statusCode).toBe(200);
    expect((await viewer.client.post(`${url}/snooze`, { until: addDays(today(), 4) })).statusCode).toBe(403);
    expect((await viewer.client.delete(`${url}/snooze`)).statusCode).toBe(403);
    const stranger = await workspaceWithOwner(ctx);
    expect((await stranger.client.get(`${url}/snoozes`)).statusCode).toBe(404);
    expect((await stranger.client.post(`${url}/snooze`, { until: addDays(today(), 4) })).statusCode).toBe(404);
    expect((await stranger.client.delete(`${url}/snooze`)).statusCode).toBe(404);
    const foreign = `${stranger.base}/relationships/${relationship.id}`;
    expect((await stranger.client.post(`${foreign}/snooze`, { until: addDays(today(), 4) })).statusCode).toBe(404);
    expect((await stranger.client.get(`${foreign}/snoozes`)).statusCode).toBe(404);
    expect((await client.get(`${base}/relationships/${relationship.id}/snoozes`)).json().items).toHaveLength(1);
  });
});
