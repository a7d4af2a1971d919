import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { daysFromNow, logInteraction, makePartner, makeRelationship, type Created } from '../../test/interactions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const partnerOf = (relationship: Created) => (relationship.partner as { id: string }).id;

/** A relationship in `stage` with a partner of its own. */
async function inStage(client: Client, base: string, name: string, stage: string, extra: Record<string, unknown> = {}) {
  return makeRelationship(client, base, { stage, ...extra }, name);
}

describe('retention balance: existing relationships against new prospects', () => {
  it('classifies each interaction by the relationships it concerns, and counts only live ones that happened in the period', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const formation = await inStage(client, base, 'Formation Co', 'formation');
    const planning = await inStage(client, base, 'Planning Co', 'planning');
    const noRelationship = await makePartner(client, base, 'Stranger Co');
    const person = await makePartner(client, base, 'Anna Person', { type: 'person' });
    await makeRelationship(client, base, { partnerId: person.id, stage: 'results' });
    const both = await inStage(client, base, 'Two-sided Co', 'formation');
    await makeRelationship(client, base, { partnerId: partnerOf(both), stage: 'engagement' });
    const at = daysFromNow(-2);

    // prospect: Formation only
    await logInteraction(client, base, { partnerIds: [partnerOf(formation)], occurredAt: at });
    await logInteraction(client, base, { relationshipIds: [formation.id], occurredAt: at }); // prospect
    // prospect: no relationship yet
    await logInteraction(client, base, { partnerIds: [noRelationship.id], occurredAt: at });
    await logInteraction(client, base, { partnerIds: [partnerOf(planning)], occurredAt: at }); // existing
    // existing: one is past Formation
    await logInteraction(client, base, { partnerIds: [partnerOf(formation), partnerOf(planning)], occurredAt: at });
    // existing, through the person met
    await logInteraction(client, base, { partnerIds: [noRelationship.id], personIds: [person.id], occurredAt: at });
    // existing: the partner's other relationship
    await logInteraction(client, base, { partnerIds: [partnerOf(both)], occurredAt: at });
    // Not counted: in the trash, before the period, not happened yet.
    const trashed = await logInteraction(client, base, { partnerIds: [noRelationship.id], occurredAt: at });
    expect((await client.delete(`${base}/interactions/${trashed.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    await logInteraction(client, base, { partnerIds: [noRelationship.id], occurredAt: daysFromNow(-40) });
    await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [noRelationship.id],
      occurredAt: daysFromNow(1),
    });

    const balance = (await client.get(`${base}/retention`)).json();
    expect(balance).toMatchObject({
      total: 7,
      existing: 4,
      prospects: 3,
      prospectShare: 42.9,
      threshold: 20,
      belowThreshold: false,
    });
    // Work is classified as it was when logged: a relationship moving past Formation does not turn
    // yesterday's prospecting into account work, but what is logged for it from now on is.
    expect(
      (
        await client.post(`${base}/relationships/${formation.id}/stage`, {
          to: 'planning',
          version: 1,
          confirmSkipped: true,
        })
      ).statusCode,
    ).toBe(200);
    expect((await client.get(`${base}/retention`)).json()).toMatchObject({ total: 7, existing: 4, prospects: 3 });
    await logInteraction(client, base, { partnerIds: [partnerOf(formation)], occurredAt: at });
    expect((await client.get(`${base}/retention`)).json()).toMatchObject({
      total: 8,
      existing: 5,
      prospects: 3,
      prospectShare: 37.5,
    });
    // Editing an interaction's links classifies it again, with the stages of the time of the edit.
    const edited = await logInteraction(client, base, { partnerIds: [noRelationship.id], occurredAt: at });
    expect((await client.get(`${base}/retention`)).json()).toMatchObject({ total: 9, prospects: 4 });
    expect(
      (await client.patch(`${base}/interactions/${edited.id}`, { partnerIds: [partnerOf(planning)], version: 1 }))
        .statusCode,
    ).toBe(200);
    expect((await client.get(`${base}/retention`)).json()).toMatchObject({
      total: 9,
      existing: 6,
      prospects: 3,
      prospectShare: 33.3,
    });
  });

  it('reads the period in the caller’s time zone and defaults to the last 30 days', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await client.patch('/api/v1/me', { timeZone: 'Asia/Ho_Chi_Minh' });
    const partner = await makePartner(client, base, 'Saigon Co');
    // 00:30 and 23:59 on 10 March in Ho Chi Minh City (UTC+7), then midnight of the 11th.
    for (const occurredAt of ['2026-03-09T17:30:00Z', '2026-03-10T16:59:00Z', '2026-03-10T17:00:00Z'])
      await logInteraction(client, base, { partnerIds: [partner.id], occurredAt });
    expect((await client.get(`${base}/retention?from=2026-03-10&to=2026-03-10`)).json()).toMatchObject({
      from: '2026-03-10',
      to: '2026-03-10',
      total: 2,
      prospects: 2,
      prospectShare: 100,
    });
    expect((await client.get(`${base}/retention?from=2026-03-09&to=2026-03-09`)).json()).toMatchObject({
      total: 0,
      prospectShare: null,
      belowThreshold: false,
    });
    const defaults = (await client.get(`${base}/retention`)).json();
    expect(Date.parse(defaults.to) - Date.parse(defaults.from)).toBe(29 * 86_400_000);
    expect(defaults).toMatchObject({ total: 0, prospectShare: null });
  });

  it('refuses a bad period with 400 naming the field', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const errors = async (query: string) =>
      ((await client.get(`${base}/retention?${query}`)).json().errors as { path: string; rule: string }[]).map(
        (e) => `${e.path}:${e.rule}`,
      );
    expect(await errors('from=2026-03-10&to=2026-03-01')).toEqual(['from:invalid_value']);
    expect(await errors('from=2026-13-01')).toEqual(['from:invalid_format']);
    expect(await errors('from=2000-01-01&to=2026-01-01')).toEqual(['to:too_big']);
    expect(await errors('period=week')).toEqual(['period:unknown_field']);
  });
});

describe('retention threshold setting', () => {
  it('defaults to 20, is changed by owners and admins (audited), and warns below it', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    expect((await client.get(`${base}/settings/retention`)).json()).toEqual({ prospectShareMin: 20 });
    const partner = await makePartner(client, base, 'Prospect Co');
    await logInteraction(client, base, { partnerIds: [partner.id], occurredAt: daysFromNow(-1) });
    const established = await inStage(client, base, 'Old friend', 'realization');
    for (let i = 0; i < 3; i++)
      await logInteraction(client, base, { relationshipIds: [established.id], occurredAt: daysFromNow(-1) });
    expect((await client.get(`${base}/retention`)).json()).toMatchObject({
      prospectShare: 25,
      threshold: 20,
      belowThreshold: false,
    });

    const admin = await memberWithRole(ctx, workspace.id, 'admin');
    expect((await admin.client.patch(`${base}/settings/retention`, { prospectShareMin: 30 })).json()).toEqual({
      prospectShareMin: 30,
    });
    expect((await client.get(`${base}/retention`)).json()).toMatchObject({ threshold: 30, belowThreshold: true });
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'workspace.retention_settings',
      changes: { prospectShareMin: { before: 20, after: 30 } },
    });
  });

  it('refuses a value outside 0–100 with 400 naming prospectShareMin', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const rule = async (body: unknown) =>
      (await client.patch(`${base}/settings/retention`, body))
        .json()
        .errors.map((e: { path: string; rule: string }) => `${e.path}:${e.rule}`);
    expect(await rule({ prospectShareMin: 101 })).toEqual(['prospectShareMin:too_big']);
    expect(await rule({ prospectShareMin: -1 })).toEqual(['prospectShareMin:too_small']);
    expect(await rule({ prospectShareMin: 12.5 })).toEqual(['prospectShareMin:invalid_type']);
    expect(await rule({ prospectShareMin: 'twenty' })).toEqual(['prospectShareMin:invalid_type']);
    expect(await rule({})).toEqual(['prospectShareMin:required']);
    expect((await client.patch(`${base}/settings/retention`, { prospectShareMin: 0 })).statusCode).toBe(200);
  });

  it('lets viewers and members read but not change it (403); another workspace gets 404', async () => {
    const { base, workspace } = await workspaceWithOwner(ctx);
    for (const role of ['viewer', 'member'] as const) {
      const { client } = await memberWithRole(ctx, workspace.id, role);
      expect((await client.get(`${base}/retention`)).statusCode).toBe(200);
      expect((await client.get(`${base}/settings/retention`)).statusCode).toBe(200);
      expect((await client.patch(`${base}/settings/retention`, { prospectShareMin: 50 })).statusCode).toBe(403);
    }
    const stranger = await workspaceWithOwner(ctx);
    expect((await stranger.client.get(`${base}/retention`)).statusCode).toBe(404);
    expect((await stranger.client.get(`${base}/settings/retention`)).statusCode).toBe(404);
    expect((await stranger.client.patch(`${base}/settings/retention`, { prospectShareMin: 50 })).statusCode).toBe(404);
  });
});
