import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { daysFromNow, logInteraction, makePartner, makeRelationship } from '../../test/interactions.js';
import { addDays } from '../../platform/core/index.js';
import { recomputeAllHealth, refreshHealth } from './refresh.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Health = {
  score: number;
  computedAt: string | null;
  drop30d: number;
  components: { key: string; points: number; contribution: number; facts: Record<string, unknown> }[];
  trend: { day: string; score: number }[];
};

const healthOf = async (client: Client, base: string, id: string) => {
  const response = await client.get(`${base}/relationships/${id}/health`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Health;
};
const pointsOf = (health: Health) => Object.fromEntries(health.components.map((c) => [c.key, c.points]));
const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * The known data set: an active relationship (cadence 30) assessed 4 and 3, with an inbound positive
 * call 10 days ago (naming both the relationship and its partner: one contact), an outbound neutral
 * email 20 days ago to the partner, a negative inbound message 100 days ago (outside the 90 days, but
 * a sentiment), and interactions that must not count: another partner's, a deleted one, a planned one.
 */
async function knownDataSet() {
  const ws = await workspaceWithOwner(ctx);
  const { client, base } = ws;
  const relationship = await makeRelationship(client, base, { tier: 'active' }, 'Known Co');
  const partnerId = (relationship.partner as { id: string }).id;
  const other = await makePartner(client, base, 'Someone else');
  await logInteraction(client, base, {
    relationshipIds: [relationship.id],
    partnerIds: [partnerId],
    occurredAt: daysFromNow(-10),
    direction: 'inbound',
    sentiment: 'positive',
  });
  await logInteraction(client, base, {
    kind: 'email',
    partnerIds: [partnerId],
    occurredAt: daysFromNow(-20),
    direction: 'outbound',
    sentiment: 'neutral',
  });
  await logInteraction(client, base, {
    kind: 'message',
    relationshipIds: [relationship.id],
    occurredAt: daysFromNow(-100),
    direction: 'inbound',
    sentiment: 'negative',
  });
  await logInteraction(client, base, {
    partnerIds: [other.id],
    occurredAt: daysFromNow(-5),
    direction: 'inbound',
    sentiment: 'positive',
  });
  const deleted = await logInteraction(client, base, {
    relationshipIds: [relationship.id],
    occurredAt: daysFromNow(-3),
    direction: 'inbound',
    sentiment: 'negative',
  });
  expect((await client.delete(`${base}/interactions/${deleted.id}`, { 'if-match': '1' })).statusCode).toBe(204);
  await logInteraction(client, base, {
    kind: 'meeting',
    relationshipIds: [relationship.id],
    occurredAt: daysFromNow(5),
    sentiment: 'negative',
  });
  expect(
    (await client.post(`${base}/relationships/${relationship.id}/value-assessments`, { canWeHelp: 4, canTheyHelp: 3 }))
      .statusCode,
  ).toBe(201);
  return { ...ws, relationship };
}

describe('health score through the API', () => {
  it('scores the five components of a known data set and explains each', async () => {
    const { client, base, relationship } = await knownDataSet();
    const health = await healthOf(client, base, relationship.id);
    expect(health.components).toEqual([
      {
        key: 'recency',
        weight: 30,
        points: 30,
        contribution: 0,
        facts: { daysSinceContact: 10, daysSinceStart: null, cadenceDays: 30 },
      },
      {
        key: 'frequency',
        weight: 20,
        points: 13,
        contribution: -7,
        facts: { contacts90d: 2, expected90d: 3, cadenceDays: 30 },
      },
      {
        key: 'reciprocity',
        weight: 15,
        points: 15,
        contribution: 0,
        facts: { contacts90d: 2, inbound90d: 1, sharePercent: 50 },
      },
      {
        key: 'sentiment',
        weight: 15,
        points: 8,
        contribution: -7,
        facts: { rated: 3, positive: 1, neutral: 1, negative: 1 },
      },
      { key: 'value', weight: 20, points: 13, contribution: -7, facts: { canWeHelp: 4, canTheyHelp: 3 } },
    ]);
    expect(health).toMatchObject({ score: 79, drop30d: 0, trend: [{ day: todayUtc(), score: 79 }] });
    expect(health.computedAt).not.toBeNull();
    const read = (await client.get(`${base}/relationships/${relationship.id}`)).json();
    expect(read).toMatchObject({ healthScore: 79, healthDrop30d: 0 });
  });

  it('is recomputed when an interaction is logged, edited, deleted or restored, and when the value is assessed', async () => {
    const { client, base, relationship } = await knownDataSet();
    const call = await logInteraction(client, base, {
      relationshipIds: [relationship.id],
      occurredAt: daysFromNow(-1),
      direction: 'inbound',
      sentiment: 'positive',
    });
    // 3 contacts of 3 expected, 2 theirs, sentiments 1 + 1 + 0.5 + 0 of 4.
    expect(pointsOf(await healthOf(client, base, relationship.id))).toEqual({
      recency: 30,
      frequency: 20,
      reciprocity: 15,
      sentiment: 9,
      value: 13,
    });
    expect((await healthOf(client, base, relationship.id)).score).toBe(87);

    expect(
      (await client.patch(`${base}/interactions/${call.id}`, { sentiment: 'negative', version: 1 })).statusCode,
    ).toBe(200);
    expect(pointsOf(await healthOf(client, base, relationship.id)).sentiment).toBe(6); // 1.5 of 4
    expect((await client.delete(`${base}/interactions/${call.id}`, { 'if-match': '2' })).statusCode).toBe(204);
    expect((await healthOf(client, base, relationship.id)).score).toBe(79);
    expect((await client.post(`${base}/interactions/${call.id}/restore`)).statusCode).toBe(200);
    expect((await healthOf(client, base, relationship.id)).score).toBe(84);

    await client.post(`${base}/relationships/${relationship.id}/value-assessments`, { canWeHelp: 5, canTheyHelp: 5 });
    const health = await healthOf(client, base, relationship.id);
    // One trend point for the day, its last score.
    expect(health).toMatchObject({ score: 91, trend: [{ day: todayUtc(), score: 91 }] });
  });

  it('is recomputed when the cadence changes: on the relationship and in the tier settings', async () => {
    const { client, base, relationship } = await knownDataSet();
    const weekly = await client.patch(`${base}/relationships/${relationship.id}`, { cadenceDays: 7, version: 1 });
    // 10 days since contact against 7: 30 × 11 / 14 = 23.6; 2 contacts of the 12.9 a weekly cadence expects.
    expect(weekly.json().healthScore).toBe(24 + 3 + 15 + 8 + 13);
    expect(pointsOf(await healthOf(client, base, relationship.id))).toMatchObject({ recency: 24, frequency: 3 });
    await client.patch(`${base}/relationships/${relationship.id}`, { cadenceDays: null, version: 2 });
    expect(
      (await client.put(`${base}/relationship-settings/tiers`, { tiers: [{ tier: 'active', cadenceDays: 90 }] }))
        .statusCode,
    ).toBe(200);
    expect(pointsOf(await healthOf(client, base, relationship.id))).toMatchObject({ recency: 30, frequency: 20 });
  });

  it('counts an interaction once its planned time has come (the contact-pending job)', async () => {
    const { client, base, relationship } = await knownDataSet();
    const { settlePassedInteractions } = await import('../../activity/interactions/index.js');
    await settlePassedInteractions(ctx.db, new Date(Date.now() + 6 * 86_400_000));
    // The planned meeting (5 days ahead) is a contact now: 3 of the last 90 days, another negative.
    const facts = (await healthOf(client, base, relationship.id)).components.map((c) => c.facts);
    expect(facts[1]).toMatchObject({ contacts90d: 3 });
    expect(facts[3]).toMatchObject({ rated: 4, negative: 2 });
  });

  it('answers 404 to another workspace and to a relationship of another workspace; a viewer reads it', async () => {
    const { client, base, relationship, workspace } = await knownDataSet();
    const other = await workspaceWithOwner(ctx);
    expect((await other.client.get(`${base}/relationships/${relationship.id}/health`)).statusCode).toBe(404);
    expect((await other.client.get(`${other.base}/relationships/${relationship.id}/health`)).statusCode).toBe(404);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await viewer.client.get(`${base}/relationships/${relationship.id}/health`)).statusCode).toBe(200);
    expect((await client.get(`${base}/relationships/not-a-uuid/health`)).statusCode).toBe(400);
  });
});

describe('daily recomputation', () => {
  it('moves recency with time alone, writes the trend, is idempotent, and deletes trend rows older than 400 days', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base, { tier: 'active' });
    await logInteraction(client, base, { relationshipIds: [relationship.id], occurredAt: daysFromNow(-10) });
    const before = (await healthOf(client, base, relationship.id)).score;
    await ctx.db
      .insertInto('relationshipHealth')
      .values({ workspaceId: workspace.id, relationshipId: relationship.id, day: addDays(todayUtc(), -500), score: 10 })
      .execute();

    const later = new Date(Date.now() + 30 * 86_400_000);
    const first = await recomputeAllHealth(ctx.db, later);
    expect(first.relationships).toBeGreaterThanOrEqual(1);
    expect(first.changed).toBeGreaterThanOrEqual(1);
    expect(first.purged).toBeGreaterThanOrEqual(1);
    const health = await healthOf(client, base, relationship.id);
    // 40 days since contact against 30: 30 × 50 / 60 = 25.
    expect(health.components[0]).toMatchObject({ points: 25, facts: { daysSinceContact: 40 } });
    expect(health.score).toBe(before - 5);
    expect(health.trend.map((t) => t.day)).toEqual([todayUtc(), later.toISOString().slice(0, 10)]);
    expect(await recomputeAllHealth(ctx.db, later)).toMatchObject({ changed: 0, purged: 0 });
  });
});

describe('relationship list: sorted by health and losing touch', () => {
  const names = async (client: Client, url: string) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await client.get(`${url}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json() as {
        items: { partner: { name: string } }[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((i) => i.partner.name));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  };

  it('orders by score both ways, relationships not scored yet last', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const ids: Record<string, string> = {};
    for (const [name, answers] of [
      ['High', [5, 5]],
      ['Low', [1, 1]],
      ['Middle', null],
      ['Unscored', null],
    ] as const) {
      ids[name] = (await makeRelationship(client, base, {}, name)).id;
      if (answers)
        await client.post(`${base}/relationships/${ids[name]}/value-assessments`, {
          canWeHelp: answers[0],
          canTheyHelp: answers[1],
        });
    }
    await ctx.db
      .updateTable('relationship')
      .set({ healthScore: null })
      .where('workspaceId', '=', workspace.id)
      .where('id', '=', ids.Unscored ?? '')
      .execute();
    expect(await names(client, `${base}/relationships?sort=health`)).toEqual(['Low', 'Middle', 'High', 'Unscored']);
    expect(await names(client, `${base}/relationships?sort=-health`)).toEqual(['High', 'Middle', 'Low', 'Unscored']);
    const list = (await client.get(`${base}/relationships?sort=-health`)).json().items;
    expect(list.map((i: { healthScore: number | null }) => i.healthScore)).toEqual([58, 48, 38, null]);
  });

  it('losing touch lists only relationships whose score fell in 30 days, the largest fall first', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const ids: Record<string, string> = {};
    for (const name of ['Fell a lot', 'Fell a little', 'Steady', 'Fell before the window'])
      ids[name] = (await makeRelationship(client, base, {}, name)).id;
    // Every one scores 48 now (new, no contact: recency 30, sentiment 8, value 10).
    const history = [
      ['Fell a lot', -10, 90],
      ['Fell a little', -10, 70],
      ['Steady', -10, 48],
      // In force when the 30 days began and not changed since: it counts as the window's highest.
      ['Fell before the window', -40, 95],
    ] as const;
    await ctx.db
      .insertInto('relationshipHealth')
      .values(
        history.map(([name, days, score]) => ({
          workspaceId: workspace.id,
          relationshipId: ids[name] ?? '',
          day: addDays(todayUtc(), days),
          score,
        })),
      )
      .execute();
    await ctx.db.transaction().execute((trx) => refreshHealth(trx, workspace.id, Object.values(ids)));
    expect(await names(client, `${base}/relationships?sort=losing_touch`)).toEqual([
      'Fell before the window',
      'Fell a lot',
      'Fell a little',
    ]);
    const items = (await client.get(`${base}/relationships?sort=losing_touch`)).json().items;
    expect(items.map((i: { healthDrop30d: number }) => i.healthDrop30d)).toEqual([47, 42, 22]);
    expect((await healthOf(client, base, ids['Fell a lot'] ?? '')).drop30d).toBe(42);
    expect((await client.get(`${base}/relationships?sort=losing_touch&cursor=bad`)).json()).toMatchObject({
      status: 400,
      errors: [{ path: 'cursor' }],
    });
  });
});
