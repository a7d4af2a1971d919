import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { SHIPPED_CHECKLIST_KEYS, SHIPPED_CHECKLISTS } from './checklist-defaults.js';
import { addDays, todayIn } from '../../platform/core/index.js';
import { makeRelationship, pathsOf } from '../../test/factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Entry = { id: string; key: string | null; label: string | null; done?: boolean };

describe('cadence and next contact', () => {
  it('uses 14/30/90/180 days by tier, a relationship’s own cadence over it, and the workspace’s setting', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const due: Record<string, string> = {};
    const made: Record<string, string> = {};
    for (const tier of ['inner_circle', 'active', 'occasional', 'dormant']) {
      const r = await makeRelationship(client, base, { tier, startedOn: '2026-01-01' });
      made[tier] = r.id;
      due[tier] = r.nextContactDue as string;
    }
    expect(due).toEqual({
      inner_circle: '2026-01-15',
      active: '2026-01-31',
      occasional: '2026-04-01',
      dormant: '2026-06-30',
    });
    const own = await makeRelationship(client, base, { tier: 'active', cadenceDays: 7, startedOn: '2026-01-01' });
    expect(own).toMatchObject({ cadenceDays: 7, effectiveCadenceDays: 7, nextContactDue: '2026-01-08' });
    const fromCreation = await makeRelationship(client, base, { tier: 'active' });
    expect(fromCreation.nextContactDue).toBe(addDays(todayIn('UTC'), 30));

    const saved = await client.put(`${base}/relationship-settings/tiers`, {
      tiers: [{ tier: 'active', cadenceDays: 45 }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().tiers).toContainEqual({ tier: 'active', cadenceDays: 45, defaultCadenceDays: 30 });
    const read = async (id: string | undefined) => (await client.get(`${base}/relationships/${id}`)).json();
    expect(await read(made.active)).toMatchObject({
      effectiveCadenceDays: 45,
      nextContactDue: '2026-02-15',
      version: 1,
    });
    expect(await read(own.id)).toMatchObject({ effectiveCadenceDays: 7, nextContactDue: '2026-01-08' });
    expect(await read(made.inner_circle)).toMatchObject({ nextContactDue: '2026-01-15' });
    expect((await makeRelationship(client, base, { startedOn: '2026-01-01' })).nextContactDue).toBe('2026-02-15');

    const dropped = await client.patch(`${base}/relationships/${own.id}`, { cadenceDays: null, version: 1 });
    expect(dropped.json()).toMatchObject({ cadenceDays: null, effectiveCadenceDays: 45, nextContactDue: '2026-02-15' });
    const moved = await client.patch(`${base}/relationships/${own.id}`, { startedOn: '2026-03-01', version: 2 });
    expect(moved.json().nextContactDue).toBe('2026-04-15');

    await client.put(`${base}/relationship-settings/tiers`, { tiers: [{ tier: 'active', cadenceDays: null }] });
    expect(await read(made.active)).toMatchObject({ effectiveCadenceDays: 30, nextContactDue: '2026-01-31' });
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'relationship_settings.tiers',
      changes: { 'cadenceDays.active': { before: 45, after: 30 } },
    });
  });

  it('refuses a cadence out of range and a tier listed twice', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const bad = await client.put(`${base}/relationship-settings/tiers`, {
      tiers: [
        { tier: 'active', cadenceDays: 0 },
        { tier: 'vip', cadenceDays: 3651 },
      ],
    });
    expect(pathsOf(bad.json())).toEqual([
      'tiers.0.cadenceDays:too_small',
      'tiers.1.tier:invalid_value',
      'tiers.1.cadenceDays:too_big',
    ]);
    const twice = await client.put(`${base}/relationship-settings/tiers`, {
      tiers: [
        { tier: 'active', cadenceDays: 10 },
        { tier: 'active', cadenceDays: 20 },
      ],
    });
    expect(pathsOf(twice.json())).toEqual(['tiers.1.tier:duplicate']);
  });
});

describe('stage checklists', () => {
  it('ships 3–4 items per stage with stable keys and no label', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const settings = (await client.get(`${base}/relationship-settings`)).json();
    for (const [stage, items] of Object.entries(SHIPPED_CHECKLISTS)) {
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(settings.checklists[stage]).toEqual(items.map((i) => ({ id: i.key, key: i.key, label: null })));
    }
    expect(new Set(SHIPPED_CHECKLIST_KEYS).size).toBe(SHIPPED_CHECKLIST_KEYS.length);
  });

  it('edits a stage: order, renames and new items keep their ids and ticks; shipped text keeps the key; left-out items go', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const r = `${base}/relationships/${relationship.id}`;
    await client.put(`${r}/checklist/formation.needs_analysis`, { done: true });
    await client.put(`${r}/checklist/formation.expertise_assessed`, { done: true });
    const saved = await client.put(`${base}/relationship-settings/checklists/formation`, {
      items: [
        { id: 'formation.values_fit' },
        { id: 'formation.needs_analysis', label: 'Needs analysis done' },
        { id: 'formation.expertise_assessed', label: 'Check three references' },
        { label: 'Sign the NDA' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const formation = saved.json().checklists.formation as Entry[];
    expect(formation.slice(0, 3)).toEqual([
      { id: 'formation.values_fit', key: 'formation.values_fit', label: null },
      { id: 'formation.needs_analysis', key: 'formation.needs_analysis', label: null },
      { id: 'formation.expertise_assessed', key: null, label: 'Check three references' },
    ]);
    expect(formation[3]).toMatchObject({ key: null, label: 'Sign the NDA' });
    const nda = formation[3]?.id as string;
    expect(saved.json().checklists.planning).toHaveLength(4);

    const detail = (await client.get(r)).json().checklist as Entry[];
    expect(detail.map((i) => [i.id, i.done])).toEqual([
      ['formation.values_fit', false],
      ['formation.needs_analysis', true],
      ['formation.expertise_assessed', true],
      [nda, false],
    ]);
    await client.put(`${r}/checklist/${nda}`, { done: true });

    const renamed = await client.put(`${base}/relationship-settings/checklists/formation`, {
      items: [
        { id: nda, label: 'Sign the mutual NDA' },
        { id: 'formation.one_team', label: '' },
      ],
    });
    expect(renamed.json().checklists.formation).toEqual([
      { id: nda, key: null, label: 'Sign the mutual NDA' },
      { id: 'formation.one_team', key: 'formation.one_team', label: null },
    ]);
    expect(((await client.get(r)).json().checklist as Entry[]).map((i) => [i.id, i.done])).toEqual([
      [nda, true],
      ['formation.one_team', false],
    ]);
    const refused = await client.post(`${r}/stage`, { to: 'planning', version: 1 });
    expect(refused.json().openItems.map((i: Entry) => i.id)).toEqual(['formation.one_team']);

    const emptied = await client.put(`${base}/relationship-settings/checklists/formation`, { items: [] });
    expect(emptied.json().checklists.formation).toEqual([]);
    expect((await client.post(`${r}/stage`, { to: 'planning', version: 1 })).statusCode).toBe(200);
    const back = await client.put(`${base}/relationship-settings/checklists/formation`, {
      items: [{ id: 'formation.needs_analysis' }],
    });
    expect(back.json().checklists.formation).toEqual([
      { id: 'formation.needs_analysis', key: 'formation.needs_analysis', label: null },
    ]);
  });

  it('names a bad item: unknown id, id of another stage, twice, a new item without a label', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const response = await client.put(`${base}/relationship-settings/checklists/formation`, {
      items: [
        { id: 'nonsense' },
        { id: 'planning.joint_plan' },
        { id: 'formation.one_team' },
        { id: 'formation.one_team' },
        { label: '  ' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response.json())).toEqual([
      'items.0.id:not_found',
      'items.1.id:not_found',
      'items.3.id:duplicate',
      'items.4.label:required',
    ]);
    expect((await client.put(`${base}/relationship-settings/checklists/launch`, { items: [] })).statusCode).toBe(400);
  });
});

describe('value assessments', () => {
  it('refuses scores outside 1–5 and a future date, naming each field', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const path = `${base}/relationships/${relationship.id}/value-assessments`;
    expect(pathsOf((await client.post(path, { canWeHelp: 0, canTheyHelp: 6 })).json())).toEqual([
      'canWeHelp:too_small',
      'canTheyHelp:too_big',
    ]);
    expect(pathsOf((await client.post(path, { canWeHelp: 2.5, canTheyHelp: 3 })).json())).toEqual([
      'canWeHelp:invalid_type',
    ]);
    expect(
      pathsOf(
        (await client.post(path, { canWeHelp: 3, canTheyHelp: 3, assessedOn: addDays(todayIn('UTC'), 2) })).json(),
      ),
    ).toEqual(['assessedOn:invalid_value']);
  });

  it('takes the newest assessment as the value; one-sided when either answer is 2 or less', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const r = `${base}/relationships/${relationship.id}`;
    const today = todayIn('UTC');
    const first = await client.post(`${r}/value-assessments`, {
      canWeHelp: 5,
      canWeHelpNote: 'We train their staff',
      canTheyHelp: 2,
      canTheyHelpNote: '',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      canWeHelp: 5,
      canWeHelpNote: 'We train their staff',
      canTheyHelp: 2,
      canTheyHelpNote: null,
      assessedOn: today,
      assessedBy: { id: owner.id, name: 'Olga Owner' },
    });
    expect((await client.get(r)).json()).toMatchObject({
      value: { canWeHelp: 5, canTheyHelp: 2, assessedOn: today },
      oneSided: true,
      version: 1,
    });

    await client.post(`${r}/value-assessments`, { canWeHelp: 4, canTheyHelp: 4, assessedOn: '2026-01-01' });
    expect((await client.get(r)).json()).toMatchObject({ value: { canWeHelp: 5, canTheyHelp: 2 }, oneSided: true });
    await client.post(`${r}/value-assessments`, { canWeHelp: 2, canTheyHelp: 5 });
    expect((await client.get(r)).json()).toMatchObject({ value: { canWeHelp: 2, canTheyHelp: 5 }, oneSided: true });
    await client.post(`${r}/value-assessments`, { canWeHelp: 3, canTheyHelp: 3 });
    expect((await client.get(r)).json()).toMatchObject({
      value: { canWeHelp: 3, canTheyHelp: 3 },
      oneSided: false,
      version: 1,
    });

    const items = (await client.get(`${r}/value-assessments`)).json().items as {
      canWeHelp: number;
      assessedOn: string;
    }[];
    expect(items.map((i) => [i.canWeHelp, i.assessedOn])).toEqual([
      [3, today],
      [2, today],
      [5, today],
      [4, '2026-01-01'],
    ]);
  });
});
