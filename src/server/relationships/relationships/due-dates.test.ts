import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { makeRelationship, type Created } from '../../test/factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const dueOf = async (client: Client, base: string, id: string) =>
  ((await client.get(`${base}/relationships/${id}`)).json() as { nextContactDue: string }).nextContactDue;

/** A workspace whose owner logs from UTC+14, so their own calendar is never the one used. */
async function setup() {
  const ws = await workspaceWithOwner(ctx);
  await ws.client.patch('/api/v1/me', { timeZone: 'Pacific/Kiritimati' });
  return ws;
}

async function memberIn(workspaceId: string, timeZone: string) {
  const member = await memberWithRole(ctx, workspaceId, 'member', `Member in ${timeZone}`);
  expect((await member.client.patch('/api/v1/me', { timeZone })).statusCode).toBe(200);
  return member.user;
}

async function contact(client: Client, base: string, relationships: Created[], occurredAt: string) {
  const response = await client.post(`${base}/interactions`, {
    kind: 'phone_call',
    relationshipIds: relationships.map((r) => r.id),
    occurredAt,
  });
  expect(response.statusCode, response.body).toBe(201);
}

describe("next contact dates: read in the owner's time zone", () => {
  it('gives the same contact near midnight UTC different dates for owners in Ho Chi Minh City and Los Angeles', async () => {
    const { client, base, workspace } = await setup();
    const saigon = await memberIn(workspace.id, 'Asia/Ho_Chi_Minh');
    const angeles = await memberIn(workspace.id, 'America/Los_Angeles');
    const a = await makeRelationship(client, base, { ownerId: saigon.id }, 'Sài Gòn Co');
    const b = await makeRelationship(client, base, { ownerId: angeles.id }, 'LA Co');
    // 20:00 UTC on 10 January: 03:00 on the 11th in Ho Chi Minh City, 12:00 on the 10th in Los Angeles.
    await contact(client, base, [a, b], '2026-01-10T20:00:00Z');
    expect(await dueOf(client, base, a.id)).toBe('2026-02-10');
    expect(await dueOf(client, base, b.id)).toBe('2026-02-09');
  });

  it('follows the owner: a new owner, or none (UTC), moves the date', async () => {
    const { client, base, workspace } = await setup();
    const saigon = await memberIn(workspace.id, 'Asia/Ho_Chi_Minh');
    const angeles = await memberIn(workspace.id, 'America/Los_Angeles');
    const r = await makeRelationship(client, base, { ownerId: angeles.id, cadenceDays: 7 });
    await contact(client, base, [r], '2026-01-10T20:00:00Z');
    expect(await dueOf(client, base, r.id)).toBe('2026-01-17');
    const moved = await client.patch(`${base}/relationships/${r.id}`, { ownerId: saigon.id, version: 1 });
    expect(moved.json()).toMatchObject({ owner: { id: saigon.id }, nextContactDue: '2026-01-18' });
    const ownerless = await client.patch(`${base}/relationships/${r.id}`, { ownerId: null, version: 2 });
    expect(ownerless.json()).toMatchObject({ owner: null, nextContactDue: '2026-01-17' });
  });

  it('moves when the owner moves to another time zone', async () => {
    const { client, base, workspace } = await setup();
    const member = await memberWithRole(ctx, workspace.id, 'member', 'Travelling owner');
    expect((await member.client.patch('/api/v1/me', { timeZone: 'America/Los_Angeles' })).statusCode).toBe(200);
    const r = await makeRelationship(client, base, { ownerId: member.user.id, cadenceDays: 7 });
    await contact(client, base, [r], '2026-01-10T20:00:00Z');
    expect(await dueOf(client, base, r.id)).toBe('2026-01-17');
    expect((await member.client.patch('/api/v1/me', { timeZone: 'Asia/Ho_Chi_Minh' })).statusCode).toBe(200);
    expect(await dueOf(client, base, r.id)).toBe('2026-01-18');
  });

  it('is the same date whoever recomputes it: a tier setting change keeps each owner’s calendar', async () => {
    const { client, base, workspace } = await setup();
    const saigon = await memberIn(workspace.id, 'Asia/Ho_Chi_Minh');
    const r = await makeRelationship(client, base, { ownerId: saigon.id, tier: 'inner_circle' });
    await contact(client, base, [r], '2026-01-10T20:00:00Z');
    expect(await dueOf(client, base, r.id)).toBe('2026-01-25');
    expect(
      (await client.put(`${base}/relationship-settings/tiers`, { tiers: [{ tier: 'inner_circle', cadenceDays: 10 }] }))
        .statusCode,
    ).toBe(200);
    expect(await dueOf(client, base, r.id)).toBe('2026-01-21');
  });
});

describe('next contact dates across DST changes: calendar days, never 24-hour steps', () => {
  it('Berlin, the evening before the clocks go forward (29 March 2026)', async () => {
    const { client, base, workspace } = await setup();
    const berlin = await memberIn(workspace.id, 'Europe/Berlin');
    const fortnight = await makeRelationship(client, base, { ownerId: berlin.id, cadenceDays: 14 });
    const nextDay = await makeRelationship(client, base, { ownerId: berlin.id, cadenceDays: 1 });
    // 23:30 CET on the 28th. Fourteen 24-hour days later it is already 00:30 CEST on 12 April.
    await contact(client, base, [fortnight, nextDay], '2026-03-28T22:30:00Z');
    expect(await dueOf(client, base, fortnight.id)).toBe('2026-04-11');
    expect(await dueOf(client, base, nextDay.id)).toBe('2026-03-29');
  });

  it('Berlin, just after midnight on the day the clocks go back (25 October 2026)', async () => {
    const { client, base, workspace } = await setup();
    const berlin = await memberIn(workspace.id, 'Europe/Berlin');
    const r = await makeRelationship(client, base, { ownerId: berlin.id, cadenceDays: 14 });
    // 00:30 CEST on the 25th (22:30 UTC on the 24th).
    await contact(client, base, [r], '2026-10-24T22:30:00Z');
    expect(await dueOf(client, base, r.id)).toBe('2026-11-08');
  });

  it('New York, late evening before the clocks go forward (8 March 2026)', async () => {
    const { client, base, workspace } = await setup();
    const newYork = await memberIn(workspace.id, 'America/New_York');
    const r = await makeRelationship(client, base, { ownerId: newYork.id, cadenceDays: 14 });
    // 23:30 EST on 7 March is 04:30 UTC on the 8th; in UTC it would be due on the 22nd.
    await contact(client, base, [r], '2026-03-08T04:30:00Z');
    expect(await dueOf(client, base, r.id)).toBe('2026-03-21');
  });
});
