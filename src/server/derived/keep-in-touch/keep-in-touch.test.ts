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

type Item = {
  relationshipId: string;
  partnerName: string;
  overdueDays: number;
  priority: number;
  nextContactDue: string;
};
type Page = { items: Item[]; nextCursor: string | null; counts: { overdue: number; dueThisWeek: number } };

/** A relationship whose last contact was `daysAgo` days ago. */
async function contacted(
  client: Client,
  base: string,
  name: string,
  daysAgo: number,
  body: Record<string, unknown> = {},
) {
  const relationship = await makeRelationship(client, base, body, name);
  await logInteraction(client, base, { relationshipIds: [relationship.id], occurredAt: daysFromNow(-daysAgo) });
  return relationship;
}

/** Every page of the list, one item per page, to prove the cursor walks the whole order. */
async function walk(client: Client, url: string) {
  const names: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(
      `${url}${url.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as Page;
    names.push(...page.items.map((i) => i.partnerName));
    cursor = page.nextCursor;
  } while (cursor);
  return names;
}

async function team() {
  const ws = await workspaceWithOwner(ctx);
  const { client, base, workspace } = ws;
  const member = await memberWithRole(ctx, workspace.id, 'member', 'Mai Member');
  const admin = await memberWithRole(ctx, workspace.id, 'admin', 'Anh Admin');
  // Inner circle (14 days, weight 4) contacted 24 days ago: 10 days overdue, priority (10 + 7) × 4.
  const inner = await contacted(client, base, 'Inner overdue', 24, { tier: 'inner_circle' });
  await contacted(client, base, 'Dormant overdue', 190, { tier: 'dormant' });
  await contacted(client, base, 'Active today', 30, { tier: 'active' });
  await contacted(client, base, 'Active soon', 25, { tier: 'active' });
  await contacted(client, base, 'Occasional later', 30, { tier: 'occasional' });
  await contacted(client, base, 'Paused', 24, { tier: 'inner_circle', status: 'paused' });
  const trashed = await contacted(client, base, 'Trashed', 24, { tier: 'inner_circle' });
  expect((await client.delete(`${base}/relationships/${trashed.id}`, { 'if-match': '1' })).statusCode).toBe(204);
  await contacted(client, base, "Mai's own", 24, { tier: 'inner_circle', ownerId: member.user.id });
  await contacted(client, base, "Anh's, Mai on the team", 40, {
    tier: 'active',
    ownerId: admin.user.id,
    team: [{ userId: member.user.id, role: 'support' }],
  });
  return { ...ws, member, admin, inner };
}

describe('keep in touch: who to contact first', () => {
  it('lists my overdue and due-this-week relationships by (overdue days + 7) × tier weight, with counts', async () => {
    const { client, base, inner, owner } = await team();
    const page = (await client.get(`${base}/keep-in-touch`)).json() as Page;
    expect(page.items.map((i) => [i.partnerName, i.overdueDays, i.priority])).toEqual([
      ['Inner overdue', 10, 68],
      ['Active today', 0, 21],
      ['Dormant overdue', 10, 17],
      ['Active soon', -5, 6],
    ]);
    expect(page.counts).toEqual({ overdue: 2, dueThisWeek: 2 });
    expect(page.nextCursor).toBeNull();
    const today = todayIn('UTC');
    expect(page.items[0]).toEqual({
      relationshipId: inner.id,
      partnerId: (inner.partner as { id: string }).id,
      partnerName: 'Inner overdue',
      purpose: '',
      tier: 'inner_circle',
      stage: 'formation',
      ownerId: owner.id,
      ownerName: 'Olga Owner',
      cadenceDays: 14,
      lastContactAt: expect.any(String),
      nextContactDue: addDays(today, -10),
      overdueDays: 10,
      priority: 68,
      healthScore: expect.any(Number),
    });
    expect(await walk(client, `${base}/keep-in-touch`)).toEqual([
      'Inner overdue',
      'Active today',
      'Dormant overdue',
      'Active soon',
    ]);
  });

  it('pages through ties of equal priority across tiers in (−priority, due, id) order, at any page size', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    // Cadence and weight per tier; each line has rows of equal priority 24 in every tier, and more.
    const tiers = { inner_circle: [14, 4], active: [30, 3], occasional: [90, 2], dormant: [180, 1] } as const;
    const overdue: Record<keyof typeof tiers, number[]> = {
      inner_circle: [-1, -1, 3, -6],
      active: [1, 1, 9, -7],
      occasional: [5, 12, -3],
      dormant: [17, 0, 40],
    };
    const expected: { name: string; priority: number; due: string; id: string }[] = [];
    const today = todayIn('UTC');
    for (const [tier, days] of Object.entries(overdue) as [keyof typeof tiers, number[]][]) {
      const [cadence, weight] = tiers[tier];
      for (const [n, d] of days.entries()) {
        const name = `${tier} ${n} (${d})`;
        const created = await contacted(client, base, name, cadence + d, { tier });
        expected.push({ name, priority: (d + 7) * weight, due: addDays(today, -d), id: created.id });
      }
    }
    expected.sort((a, b) => b.priority - a.priority || a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
    for (const size of [1, 2, 5]) {
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (
          await client.get(`${base}/keep-in-touch?limit=${size}${cursor ? `&cursor=${cursor}` : ''}`)
        ).json() as Page;
        names.push(...page.items.map((i) => i.partnerName));
        cursor = page.nextCursor;
      } while (cursor);
      expect(names, `page size ${size}`).toEqual(expected.map((e) => e.name));
    }
  });

  it("shows a member what they own or are on the team of; the whole team's list is for owners and admins", async () => {
    const { client, base, member, admin } = await team();
    expect(await walk(member.client, `${base}/keep-in-touch?scope=mine`)).toEqual([
      "Mai's own",
      "Anh's, Mai on the team",
    ]);
    expect((await member.client.get(`${base}/keep-in-touch?scope=team`)).json()).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    // Equal priority and due date: the older relationship first.
    const everyone = [
      'Inner overdue',
      "Mai's own",
      "Anh's, Mai on the team",
      'Active today',
      'Dormant overdue',
      'Active soon',
    ];
    expect(await walk(client, `${base}/keep-in-touch?scope=team`)).toEqual(everyone);
    const teamPage = (await admin.client.get(`${base}/keep-in-touch?scope=team`)).json() as Page;
    expect(teamPage.items.map((i) => i.partnerName)).toEqual(everyone);
    expect(teamPage.counts).toEqual({ overdue: 4, dueThisWeek: 2 });
  });

  it('refuses a bad scope or cursor with 400 naming it, and answers 404 outside the workspace', async () => {
    const { client, base, workspace } = await team();
    expect((await client.get(`${base}/keep-in-touch?scope=all`)).json().errors).toEqual([
      expect.objectContaining({ path: 'scope', rule: 'invalid_value' }),
    ]);
    expect((await client.get(`${base}/keep-in-touch?cursor=nonsense`)).json().errors).toEqual([
      expect.objectContaining({ path: 'cursor', rule: 'invalid_format' }),
    ]);
    const wrongShape = Buffer.from(JSON.stringify(['x', '2026-01-01', 'y'])).toString('base64url');
    expect((await client.get(`${base}/keep-in-touch?cursor=${wrongShape}`)).statusCode).toBe(400);
    const stranger = await workspaceWithOwner(ctx);
    expect((await stranger.client.get(`${base}/keep-in-touch`)).statusCode).toBe(404);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await viewer.client.get(`${base}/keep-in-touch`)).json()).toMatchObject({
      items: [],
      counts: { overdue: 0, dueThisWeek: 0 },
    });
  });

  it('describes the keep-in-touch, snooze, health and retention operations in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const w = '/api/v1/w/{workspaceId}';
    expect(Object.keys(doc.paths[`${w}/keep-in-touch`]?.get?.responses ?? {})).toContain('200');
    expect(Object.keys(doc.paths[`${w}/relationships/{relationshipId}/snooze`] ?? {}).sort()).toEqual([
      'delete',
      'post',
    ]);
    expect(doc.paths).toHaveProperty([`${w}/relationships/{relationshipId}/snoozes`]);
    expect(Object.keys(doc.paths[`${w}/relationships/{relationshipId}/health`]?.get?.responses ?? {})).toContain('200');
    expect(doc.paths).toHaveProperty([`${w}/retention`]);
    expect(Object.keys(doc.paths[`${w}/settings/retention`] ?? {}).sort()).toEqual(['get', 'patch']);
  });
});
