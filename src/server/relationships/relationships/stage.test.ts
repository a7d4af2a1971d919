import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { makeRelationship, pathsOf } from '../../test/factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Item = {
  id: string;
  key: string | null;
  label: string | null;
  done: boolean;
  doneBy: { id: string } | null;
  stage?: string;
};

describe('stage moves', () => {
  it('refuses a forward move with open items (409 listing them), then moves and records them as skipped', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const r = `${base}/relationships/${relationship.id}`;
    const ticked = await client.put(`${r}/checklist/formation.needs_analysis`, { done: true });
    expect(ticked.statusCode).toBe(200);
    expect(ticked.json().checklist[0]).toMatchObject({
      id: 'formation.needs_analysis',
      key: 'formation.needs_analysis',
      label: null,
      done: true,
      doneBy: { id: owner.id },
    });
    expect((await client.get(r)).json().version).toBe(1);

    const refused = await client.post(`${r}/stage`, { to: 'engagement', version: 1 });
    expect(refused.statusCode).toBe(409);
    const openItems = refused.json().openItems as Item[];
    expect(refused.json().code).toBe('checklist_incomplete');
    expect(openItems.map((i) => i.id)).toEqual([
      'formation.expertise_assessed',
      'formation.values_fit',
      'formation.one_team',
      'planning.joint_plan',
      'planning.team_formed',
      'planning.outcomes_understood',
      'planning.responsibilities_agreed',
    ]);
    expect(openItems[0]).toEqual({
      id: 'formation.expertise_assessed',
      key: 'formation.expertise_assessed',
      label: null,
      stage: 'formation',
    });
    expect((await client.get(r)).json()).toMatchObject({ stage: 'formation', version: 1 });

    const moved = await client.post(`${r}/stage`, {
      to: 'engagement',
      version: 1,
      confirmSkipped: true,
      note: 'Contract signed',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ stage: 'engagement', version: 2 });
    expect(moved.json().checklist.map((i: Item) => i.id)[0]).toBe('engagement.work_under_way');
    const history = (await client.get(`${r}/stage-history`)).json().items;
    expect(history[0]).toMatchObject({
      from: 'formation',
      to: 'engagement',
      direction: 'forward',
      note: 'Contract signed',
      reason: null,
    });
    expect(history[0].skippedItems).toEqual(openItems);
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'relationship.stage',
      changes: { stage: { before: 'formation', after: 'engagement' } },
    });
  });

  it('moves forward without asking when every item is ticked', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const r = `${base}/relationships/${relationship.id}`;
    for (const key of ['needs_analysis', 'expertise_assessed', 'values_fit', 'one_team'])
      await client.put(`${r}/checklist/formation.${key}`, { done: true });
    const moved = await client.post(`${r}/stage`, { to: 'planning' }, { 'if-match': '1' });
    expect(moved.statusCode).toBe(200);
    expect((await client.get(`${r}/stage-history`)).json().items[0].skippedItems).toEqual([]);
  });

  it('needs a reason to go back, keeps the ticks made before, and writes initial, forward and backward rows', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base, { stage: 'planning' });
    const r = `${base}/relationships/${relationship.id}`;
    await client.put(`${r}/checklist/planning.joint_plan`, { done: true });
    await client.post(`${r}/stage`, { to: 'results', version: 1, confirmSkipped: true });
    const noReason = await client.post(`${r}/stage`, { to: 'planning', version: 2 });
    expect(noReason.statusCode).toBe(400);
    expect(pathsOf(noReason.json())).toEqual(['reason:required']);
    const back = await client.post(`${r}/stage`, { to: 'planning', version: 2, reason: 'The plan fell apart' });
    expect(back.statusCode).toBe(200);
    expect(back.json().checklist.find((i: Item) => i.id === 'planning.joint_plan').done).toBe(true);
    const history = (await client.get(`${r}/stage-history`)).json().items;
    expect(
      history.map((h: { direction: string; from: string | null; to: string; reason: string | null }) => [
        h.direction,
        h.from,
        h.to,
        h.reason,
      ]),
    ).toEqual([
      ['backward', 'results', 'planning', 'The plan fell apart'],
      ['forward', 'planning', 'results', null],
      ['initial', null, 'planning', null],
    ]);
  });

  it('refuses the same stage (naming to), a stale version (412 with the current one) and an unknown item', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const r = `${base}/relationships/${relationship.id}`;
    expect(pathsOf((await client.post(`${r}/stage`, { to: 'formation', version: 1 })).json())).toEqual([
      'to:invalid_value',
    ]);
    expect(pathsOf((await client.post(`${r}/stage`, { to: 'launch', version: 1 })).json())).toEqual([
      'to:invalid_value',
    ]);
    expect(pathsOf((await client.post(`${r}/stage`, { to: 'planning' })).json())).toEqual(['version:required']);
    await client.patch(r, { purpose: 'Someone else edited', version: 1 });
    const stale = await client.post(`${r}/stage`, { to: 'planning', version: 1, confirmSkipped: true });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: 'stale_version',
      current: { purpose: 'Someone else edited', stage: 'formation', version: 2 },
    });
    expect((await client.put(`${r}/checklist/planning.joint_plan`, { done: true })).statusCode).toBe(404);
    expect((await client.put(`${r}/checklist/nonsense`, { done: true })).statusCode).toBe(404);
  });

  it('unticks an item, and ticking twice keeps the first tick', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const item = `${base}/relationships/${relationship.id}/checklist/formation.values_fit`;
    const first = (await client.put(item, { done: true })).json().checklist[2];
    const again = (await client.put(item, { done: true })).json().checklist[2];
    expect(again.doneAt).toBe(first.doneAt);
    const unticked = (await client.put(item, { done: false })).json().checklist[2];
    expect(unticked).toMatchObject({ done: false, doneAt: null, doneBy: null });
  });
});
