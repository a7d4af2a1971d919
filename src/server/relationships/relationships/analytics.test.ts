import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { makeRelationship } from '../../test/factories.js';

let ctx: TestContext;
let client: Client;
let base: string;
let memberId: string;

/**
 * Moves through the API, then dates the history rows (oldest first) at noon UTC on the given days,
 * so the figures below are known: the period is March 2026.
 */
async function relationshipWithHistory(
  moves: { to: string; reason?: string }[],
  days: string[],
  body: Record<string, unknown> = {},
) {
  const relationship = await makeRelationship(client, base, { stage: 'formation', ...body });
  let version = 1;
  for (const move of moves) {
    const response = await client.post(`${base}/relationships/${relationship.id}/stage`, {
      ...move,
      version,
      confirmSkipped: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    version += 1;
  }
  const rows = await ctx.db
    .selectFrom('stageChange')
    .select(['id', 'toStage', 'changedAt', 'leftAt', 'nextStage'])
    .where('relationshipId', '=', relationship.id)
    .orderBy('changedAt')
    .orderBy('id')
    .execute();
  expect(rows).toHaveLength(days.length);
  // Each move closed the stay before it: analytics depends on it.
  expect(rows.map((r) => [r.leftAt?.getTime() ?? null, r.nextStage])).toEqual(
    rows.map((_, i) => (rows[i + 1] ? [rows[i + 1]?.changedAt.getTime(), rows[i + 1]?.toStage] : [null, null])),
  );
  // A stay ends when the next one begins, and the relationship entered its stage with the last one.
  const at = (i: number) => new Date(`${days[i]}T12:00:00Z`);
  for (const [i, row] of rows.entries()) {
    await ctx.db
      .updateTable('stageChange')
      .set({ changedAt: at(i), leftAt: i + 1 < rows.length ? at(i + 1) : null })
      .where('id', '=', row.id)
      .execute();
  }
  await ctx.db
    .updateTable('relationship')
    .set({ stageEnteredAt: at(rows.length - 1) })
    .where('id', '=', relationship.id)
    .execute();
  return { ...relationship, version };
}

beforeAll(async () => {
  ctx = await createTestApp();
  const ws = await workspaceWithOwner(ctx);
  client = ws.client;
  base = ws.base;
  memberId = (await memberWithRole(ctx, ws.workspace.id, 'member')).user.id;
  // A: formation (Feb 1–11), planning (Feb 11–Mar 11, 28 days), engagement since Mar 11.
  await relationshipWithHistory([{ to: 'planning' }, { to: 'engagement' }], ['2026-02-01', '2026-02-11', '2026-03-11']);
  // B: formation (Mar 5–9, 4 days), planning (Mar 9–20, 11 days), back to formation on Mar 20.
  await relationshipWithHistory(
    [{ to: 'planning' }, { to: 'formation', reason: 'Plan rejected' }],
    ['2026-03-05', '2026-03-09', '2026-03-20'],
    { ownerId: memberId },
  );
  // C: in formation since Mar 10.
  await relationshipWithHistory([], ['2026-03-10']);
  // D: engagement from Feb 1 to Apr 5, after the period; in results now.
  await relationshipWithHistory(
    [{ to: 'planning' }, { to: 'engagement' }, { to: 'results' }],
    ['2026-01-01', '2026-01-15', '2026-02-01', '2026-04-05'],
  );
  // E: formation Mar 2–4 (2 days), then planning, then ended: in the flows, not in the counts.
  const e = await relationshipWithHistory([{ to: 'planning' }], ['2026-03-02', '2026-03-04']);
  expect(
    (
      await client.patch(`${base}/relationships/${e.id}`, {
        status: 'ended',
        endReason: 'Went elsewhere',
        version: e.version,
      })
    ).statusCode,
  ).toBe(200);
  // F: in the trash, so in nothing.
  const f = await relationshipWithHistory([{ to: 'planning' }], ['2026-03-02', '2026-03-03']);
  expect((await client.delete(`${base}/relationships/${f.id}`, { 'if-match': String(f.version) })).statusCode).toBe(
    204,
  );
});
afterAll(() => ctx.close());

describe('relationship analytics', () => {
  it('counts relationships per stage now, and stays, entries and advances in the period', async () => {
    const response = await client.get(`${base}/relationships/analytics?from=2026-03-01&to=2026-03-31`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      stages: [
        { stage: 'formation', count: 2, medianDays: 3, entered: 3, advanced: 2, conversion: 2 / 3 },
        { stage: 'planning', count: 0, medianDays: 19.5, entered: 3, advanced: 1, conversion: 1 / 3 },
        { stage: 'engagement', count: 1, medianDays: null, entered: 2, advanced: 0, conversion: 0 },
        { stage: 'results', count: 1, medianDays: null, entered: 0, advanced: 0, conversion: null },
        { stage: 'realization', count: 0, medianDays: null, entered: 0, advanced: 0, conversion: null },
      ],
    });
  });

  it("narrows to one owner's relationships and to another period", async () => {
    const mine = (
      await client.get(`${base}/relationships/analytics?from=2026-03-01&to=2026-03-31&owner=${memberId}`)
    ).json();
    expect(mine.stages.slice(0, 2)).toEqual([
      { stage: 'formation', count: 1, medianDays: 4, entered: 1, advanced: 1, conversion: 1 },
      { stage: 'planning', count: 0, medianDays: 11, entered: 1, advanced: 0, conversion: 0 },
    ]);
    const april = (await client.get(`${base}/relationships/analytics?from=2026-04-01&to=2026-04-30`)).json();
    expect(april.stages.find((s: { stage: string }) => s.stage === 'engagement')).toEqual({
      stage: 'engagement',
      count: 1,
      medianDays: 63,
      entered: 2,
      advanced: 1,
      conversion: 0.5,
    });
    expect(april.stages.find((s: { stage: string }) => s.stage === 'results')).toMatchObject({
      entered: 1,
      advanced: 0,
      conversion: 0,
    });
  });

  it('defaults to the last 90 days and refuses a period that ends before it starts', async () => {
    const recent = (await client.get(`${base}/relationships/analytics`)).json();
    const days = (Date.parse(recent.to) - Date.parse(recent.from)) / 86_400_000;
    expect(days).toBe(89);
    const backwards = await client.get(`${base}/relationships/analytics?from=2026-03-31&to=2026-03-01`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({ path: 'from', rule: 'invalid_value' });
    expect((await client.get(`${base}/relationships/analytics?from=2026-13-01`)).json().errors[0].path).toBe('from');
  });
});
