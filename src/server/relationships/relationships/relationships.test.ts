import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { makePartner, makeRelationship, pathsOf } from '../../test/factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('relationships: create, read, edit', () => {
  it('creates with defaults, an initial history row and an audit entry', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Công ty Hòa Phát', { kinds: ['training', 'supplier'] });
    const created = await client.post(`${base}/relationships`, {
      partnerId: partner.id,
      purpose: 'Joint training programme',
    });
    expect(created.statusCode).toBe(201);
    const relationship = created.json();
    expect(created.headers.location).toBe(`${base}/relationships/${relationship.id}`);
    expect(created.headers.etag).toBe('1');
    expect(relationship).toMatchObject({
      version: 1,
      partner: { id: partner.id, name: 'Công ty Hòa Phát', type: 'organization' },
      purpose: 'Joint training programme',
      kinds: ['training', 'supplier'],
      owner: { id: owner.id, name: 'Olga Owner' },
      team: [],
      stage: 'formation',
      tier: 'active',
      cadenceDays: null,
      effectiveCadenceDays: 30,
      lastContactAt: null,
      overdue: false,
      value: null,
      oneSided: false,
      status: 'active',
      endReason: null,
      startedOn: null,
      endedOn: null,
      deletedAt: null,
    });
    expect(relationship.checklist.map((i: { key: string }) => i.key)).toEqual([
      'formation.needs_analysis',
      'formation.expertise_assessed',
      'formation.values_fit',
      'formation.one_team',
    ]);
    const history = (await client.get(`${base}/relationships/${relationship.id}/stage-history`)).json().items;
    expect(history).toEqual([
      expect.objectContaining({
        from: null,
        to: 'formation',
        direction: 'initial',
        changedBy: { id: owner.id, name: 'Olga Owner' },
      }),
    ]);
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'relationship.create',
      entityId: relationship.id,
      changes: { partnerId: { after: partner.id }, stage: { after: 'formation' } },
    });
  });

  it('names every bad field: stage, tier, cadence, partner, owner, team member, missing end reason', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const shape = await client.post(`${base}/relationships`, {
      partnerId: partner.id,
      stage: 'launch',
      tier: 'vip',
      cadenceDays: 0,
      status: 'gone',
    });
    expect(shape.statusCode).toBe(400);
    expect(pathsOf(shape.json())).toEqual(
      expect.arrayContaining([
        'stage:invalid_value',
        'tier:invalid_value',
        'cadenceDays:too_small',
        'status:invalid_value',
      ]),
    );

    const other = await workspaceWithOwner(ctx);
    const foreignPartner = await makePartner(other.client, other.base, 'Elsewhere');
    const { user: member } = await memberWithRole(ctx, workspace.id, 'member');
    const refs = await client.post(`${base}/relationships`, {
      partnerId: foreignPartner.id,
      ownerId: other.owner.id,
      team: [
        { userId: member.id, role: 'finance' },
        { userId: other.owner.id, role: 'marketing' },
        { userId: member.id, role: 'again' },
      ],
      status: 'ended',
    });
    expect(refs.statusCode).toBe(400);
    expect(pathsOf(refs.json())).toEqual([
      'partnerId:not_found',
      'ownerId:not_member',
      'team.1.userId:not_member',
      'team.2.userId:duplicate',
      'endReason:required',
    ]);

    const reasonWhileActive = await client.post(`${base}/relationships`, { partnerId: partner.id, endReason: 'why?' });
    expect(pathsOf(reasonWhileActive.json())).toEqual(['endReason:invalid_value']);
    const badDate = await client.post(`${base}/relationships`, { partnerId: partner.id, startedOn: '2026-02-30' });
    expect(pathsOf(badDate.json())).toEqual(['startedOn:invalid_format']);
  });

  it('ends with a reason and today as the end date, and reopening clears both', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user: member } = await memberWithRole(ctx, workspace.id, 'member', 'Bob Finance');
    const relationship = await makeRelationship(client, base, {
      team: [{ userId: member.id, role: 'finance' }],
      startedOn: '2026-01-05',
    });
    expect(relationship.team).toEqual([{ userId: member.id, name: 'Bob Finance', role: 'finance' }]);
    const withoutReason = await client.patch(`${base}/relationships/${relationship.id}`, {
      status: 'ended',
      version: 1,
    });
    expect(pathsOf(withoutReason.json())).toEqual(['endReason:required']);
    const beforeStart = await client.patch(`${base}/relationships/${relationship.id}`, {
      status: 'ended',
      endReason: 'Project over',
      endedOn: '2026-01-01',
      version: 1,
    });
    expect(pathsOf(beforeStart.json())).toEqual(['endedOn:invalid_value']);
    const ended = await client.patch(`${base}/relationships/${relationship.id}`, {
      status: 'ended',
      endReason: 'Project over',
      version: 1,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({
      status: 'ended',
      endReason: 'Project over',
      endedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      version: 2,
      team: [{ userId: member.id }],
    });
    const reopened = await client.patch(
      `${base}/relationships/${relationship.id}`,
      { status: 'paused' },
      { 'if-match': '2' },
    );
    expect(reopened.json()).toMatchObject({ status: 'paused', endReason: null, endedOn: null, version: 3 });
  });

  it('checks the owner and team sent, not stored ones: someone who left does not block an unrelated edit', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user: member } = await memberWithRole(ctx, workspace.id, 'member', 'Leaving Lena');
    const relationship = await makeRelationship(client, base, {
      ownerId: member.id,
      team: [{ userId: member.id, role: 'marketing' }],
    });
    expect((await client.delete(`${base}/members/${member.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    const edited = await client.patch(`${base}/relationships/${relationship.id}`, {
      purpose: 'Still going',
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      owner: { id: member.id, name: 'Leaving Lena' },
      team: [{ userId: member.id }],
    });
    const resent = await client.patch(`${base}/relationships/${relationship.id}`, {
      ownerId: member.id,
      team: [{ userId: member.id, role: 'marketing' }],
      version: 2,
    });
    expect(pathsOf(resent.json())).toEqual(['ownerId:not_member', 'team.0.userId:not_member']);
  });

  it('edits with the version; a stale edit gets 412 with the current relationship and changes nothing', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base, { purpose: 'Old purpose' });
    const edited = await client.patch(`${base}/relationships/${relationship.id}`, {
      purpose: 'New purpose',
      tier: 'inner_circle',
      version: 1,
    });
    expect(edited.json()).toMatchObject({
      purpose: 'New purpose',
      tier: 'inner_circle',
      effectiveCadenceDays: 14,
      version: 2,
    });
    expect(edited.headers.etag).toBe('2');
    const stale = await client.patch(`${base}/relationships/${relationship.id}`, {
      purpose: 'Lost update',
      version: 1,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'stale_version', current: { purpose: 'New purpose', version: 2 } });
    expect(
      (await client.patch(`${base}/relationships/${relationship.id}`, { purpose: 'No version' })).json().errors[0],
    ).toMatchObject({ path: 'version', rule: 'required' });
    expect(
      (await client.patch(`${base}/relationships/${relationship.id}`, { stage: 'results', version: 2 })).json()
        .errors[0],
    ).toMatchObject({ path: 'stage', rule: 'unknown_field' });
    const audit = (await client.get(`${base}/audit-log`))
      .json()
      .items.filter((e: { action: string }) => e.action === 'relationship.update');
    expect(audit).toHaveLength(1);
    expect(audit[0].changes).toEqual({
      purpose: { before: 'Old purpose', after: 'New purpose' },
      tier: { before: 'active', after: 'inner_circle' },
    });
  });

  it('soft-deletes to the trash and restores; a deleted one takes no changes', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    expect((await client.delete(`${base}/relationships/${relationship.id}`)).statusCode).toBe(400);
    expect((await client.delete(`${base}/relationships/${relationship.id}`, { 'if-match': '7' })).statusCode).toBe(412);
    expect((await client.delete(`${base}/relationships/${relationship.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    expect((await client.get(`${base}/relationships`)).json().items).toEqual([]);
    expect(
      (await client.get(`${base}/relationships?deleted=true`)).json().items.map((r: { id: string }) => r.id),
    ).toEqual([relationship.id]);
    expect((await client.get(`${base}/relationships/${relationship.id}`)).json().deletedAt).not.toBeNull();
    expect(
      (await client.patch(`${base}/relationships/${relationship.id}`, { purpose: 'x', version: 2 })).statusCode,
    ).toBe(404);
    expect(
      (
        await client.post(`${base}/relationships/${relationship.id}/stage`, {
          to: 'planning',
          version: 2,
          confirmSkipped: true,
        })
      ).statusCode,
    ).toBe(404);
    const restored = await client.post(`${base}/relationships/${relationship.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ deletedAt: null, version: 3 });
    expect((await client.post(`${base}/relationships/${relationship.id}/restore`)).statusCode).toBe(404);
    expect((await client.get(`${base}/relationships`)).json().items).toHaveLength(1);
  });
});

describe('relationships: trash retention', () => {
  it('purges relationships deleted more than 30 days ago with their history, and keeps younger ones restorable', async () => {
    const { purgeTrash } = await import('../../derived/trash/index.js');
    const { client, base } = await workspaceWithOwner(ctx);
    const old = await makeRelationship(client, base);
    const young = await makeRelationship(client, base);
    for (const r of [old, young])
      expect((await client.delete(`${base}/relationships/${r.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    await ctx.db
      .updateTable('relationship')
      .set({ deletedAt: new Date(Date.now() - 31 * 86_400_000) })
      .where('id', '=', old.id)
      .execute();
    await ctx.db
      .updateTable('relationship')
      .set({ deletedAt: new Date(Date.now() - 29 * 86_400_000) })
      .where('id', '=', young.id)
      .execute();
    expect((await purgeTrash(ctx.db, ctx.files)).relationship).toBeGreaterThanOrEqual(1);
    expect((await client.get(`${base}/relationships/${old.id}`)).statusCode).toBe(404);
    expect(await ctx.db.selectFrom('stageChange').select('id').where('relationshipId', '=', old.id).execute()).toEqual(
      [],
    );
    expect((await client.post(`${base}/relationships/${young.id}/restore`)).statusCode).toBe(200);
  });
});

describe('relationships and the partner directory', () => {
  it("lists a partner's relationships, hides those of a trashed partner and follows a renamed one", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Zeta Audit');
    const first = await makeRelationship(client, base, { partnerId: partner.id, purpose: 'Audit 2026' });
    const second = await makeRelationship(client, base, { partnerId: partner.id, purpose: 'Training' });
    const list = (await client.get(`${base}/partners/${partner.id}/relationships`)).json().items;
    expect(list.map((r: { id: string }) => r.id)).toEqual([first.id, second.id]);

    await client.patch(`${base}/partners/${partner.id}`, { name: 'Alpha Audit', version: 1 });
    const other = await makeRelationship(client, base, {}, 'Beta Supplies');
    const names = (await client.get(`${base}/relationships`))
      .json()
      .items.map((r: { partner: { name: string } }) => r.partner.name);
    expect(names).toEqual(['Alpha Audit', 'Alpha Audit', 'Beta Supplies']);

    expect((await client.delete(`${base}/partners/${partner.id}`, { 'if-match': '2' })).statusCode).toBe(204);
    expect((await client.get(`${base}/relationships`)).json().items.map((r: { id: string }) => r.id)).toEqual([
      other.id,
    ]);
    expect((await client.get(`${base}/relationships/board`)).json().columns[0].count).toBe(1);
    expect((await client.patch(`${base}/relationships/${first.id}`, { purpose: 'x', version: 1 })).statusCode).toBe(
      404,
    );
    await client.post(`${base}/partners/${partner.id}/restore`);
    expect((await client.get(`${base}/relationships`)).json().items).toHaveLength(3);
  });

  it('moves the relationships of merged partners, with their history, to the survivor', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const survivor = await makePartner(client, base, 'Acme');
    const duplicate = await makePartner(client, base, 'ACME Inc');
    const moved = await makeRelationship(client, base, { partnerId: duplicate.id });
    await client.post(`${base}/relationships/${moved.id}/stage`, { to: 'planning', version: 1, confirmSkipped: true });
    expect(
      (await client.post(`${base}/partners/merge`, { survivorId: survivor.id, mergedIds: [duplicate.id] })).statusCode,
    ).toBe(200);
    const listed = (await client.get(`${base}/partners/${survivor.id}/relationships`)).json().items;
    expect(listed).toEqual([
      expect.objectContaining({
        id: moved.id,
        partner: expect.objectContaining({ id: survivor.id, name: 'Acme' }),
        stage: 'planning',
      }),
    ]);
    expect((await client.get(`${base}/relationships`)).json().items).toHaveLength(1);
    expect((await client.get(`${base}/relationships/${moved.id}/stage-history`)).json().items).toHaveLength(2);
    const audit = (await client.get(`${base}/audit-log`)).json().items.map((e: { action: string }) => e.action);
    expect(audit).toContain('relationship.partner_merged');
  });
});

describe('relationships: who may do what', () => {
  it('lets a viewer read but not write, and a member write but not change settings', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const { client: viewer } = await memberWithRole(ctx, workspace.id, 'viewer');
    const { client: member } = await memberWithRole(ctx, workspace.id, 'member');
    const { client: admin } = await memberWithRole(ctx, workspace.id, 'admin');
    const r = `${base}/relationships/${relationship.id}`;
    for (const path of [
      r,
      `${base}/relationships`,
      `${base}/relationships/board`,
      `${base}/relationships/analytics`,
      `${r}/stage-history`,
      `${r}/value-assessments`,
      `${base}/relationship-settings`,
    ]) {
      expect((await viewer.get(path)).statusCode, path).toBe(200);
    }
    const writes = [
      () => viewer.post(`${base}/relationships`, { partnerId: (relationship.partner as { id: string }).id }),
      () => viewer.patch(r, { purpose: 'x', version: 1 }),
      () => viewer.delete(r, { 'if-match': '1' }),
      () => viewer.post(`${r}/restore`),
      () => viewer.post(`${r}/stage`, { to: 'planning', version: 1, confirmSkipped: true }),
      () => viewer.put(`${r}/checklist/formation.needs_analysis`, { done: true }),
      () => viewer.post(`${r}/value-assessments`, { canWeHelp: 3, canTheyHelp: 3 }),
      () => viewer.put(`${base}/relationship-settings/tiers`, { tiers: [{ tier: 'active', cadenceDays: 20 }] }),
      () => viewer.put(`${base}/relationship-settings/checklists/formation`, { items: [] }),
    ];
    for (const write of writes) expect((await write()).statusCode).toBe(403);
    expect((await member.put(`${r}/checklist/formation.needs_analysis`, { done: true })).statusCode).toBe(200);
    expect(
      (await member.put(`${base}/relationship-settings/tiers`, { tiers: [{ tier: 'active', cadenceDays: 20 }] }))
        .statusCode,
    ).toBe(403);
    expect((await member.put(`${base}/relationship-settings/checklists/formation`, { items: [] })).statusCode).toBe(
      403,
    );
    expect(
      (await admin.put(`${base}/relationship-settings/tiers`, { tiers: [{ tier: 'active', cadenceDays: 20 }] }))
        .statusCode,
    ).toBe(200);
  });

  it('answers 404 to another workspace on every endpoint, leaks nothing and changes nothing', async () => {
    const a = await workspaceWithOwner(ctx);
    const b = await workspaceWithOwner(ctx);
    const secret = await makeRelationship(b.client, b.base, { purpose: 'Secret purpose' }, 'Secret Supplier');
    const r = (base: string) => `${base}/relationships/${secret.id}`;
    const partnerId = (secret.partner as { id: string }).id;
    const calls = [
      ...[a.base, b.base].flatMap((base) => [
        () => a.client.get(r(base)),
        () => a.client.patch(r(base), { purpose: 'Hijack', version: 1 }),
        () => a.client.delete(r(base), { 'if-match': '1' }),
        () => a.client.post(`${r(base)}/restore`),
        () => a.client.post(`${r(base)}/stage`, { to: 'planning', version: 1, confirmSkipped: true }),
        () => a.client.get(`${r(base)}/stage-history`),
        () => a.client.put(`${r(base)}/checklist/formation.needs_analysis`, { done: true }),
        () => a.client.post(`${r(base)}/value-assessments`, { canWeHelp: 1, canTheyHelp: 1 }),
        () => a.client.get(`${r(base)}/value-assessments`),
        () => a.client.get(`${base}/partners/${partnerId}/relationships`),
      ]),
      () => a.client.get(`${b.base}/relationships`),
      () => a.client.post(`${b.base}/relationships`, { partnerId }),
      () => a.client.post(`${a.base}/relationships`, { partnerId }),
      () => a.client.get(`${b.base}/relationships/board`),
      () => a.client.get(`${b.base}/relationships/analytics`),
      () => a.client.get(`${b.base}/relationship-settings`),
      () => a.client.put(`${b.base}/relationship-settings/tiers`, { tiers: [{ tier: 'active', cadenceDays: 1 }] }),
      () => a.client.put(`${b.base}/relationship-settings/checklists/formation`, { items: [] }),
    ];
    for (const call of calls) {
      const response = await call();
      // Creating in A with B's partner is A's own workspace: the partner is simply unknown there.
      if (response.statusCode === 400) expect(pathsOf(response.json())).toEqual(['partnerId:not_found']);
      else expect(response.statusCode, response.body).toBe(404);
      expect(response.body).not.toContain('Secret');
    }
    expect((await a.client.get(`${a.base}/relationships`)).json().items).toEqual([]);
    const unchanged = (await b.client.get(r(b.base))).json();
    expect(unchanged).toMatchObject({
      purpose: 'Secret purpose',
      version: 1,
      deletedAt: null,
      value: null,
      stage: 'formation',
    });
    expect(unchanged.checklist.every((i: { done: boolean }) => !i.done)).toBe(true);
    expect(
      (await b.client.get(`${b.base}/relationship-settings`))
        .json()
        .tiers.find((t: { tier: string }) => t.tier === 'active').cadenceDays,
    ).toBe(30);
  });
});

describe('relationships in the API description', () => {
  it('describes every relationship operation with its response', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    };
    const w = '/api/v1/w/{workspaceId}';
    const operations: [string, string][] = [
      [`${w}/relationships`, 'get'],
      [`${w}/relationships`, 'post'],
      [`${w}/relationships/board`, 'get'],
      [`${w}/relationships/analytics`, 'get'],
      [`${w}/relationships/{relationshipId}`, 'get'],
      [`${w}/relationships/{relationshipId}`, 'patch'],
      [`${w}/relationships/{relationshipId}`, 'delete'],
      [`${w}/relationships/{relationshipId}/restore`, 'post'],
      [`${w}/relationships/{relationshipId}/stage`, 'post'],
      [`${w}/relationships/{relationshipId}/stage-history`, 'get'],
      [`${w}/relationships/{relationshipId}/checklist/{itemId}`, 'put'],
      [`${w}/relationships/{relationshipId}/value-assessments`, 'post'],
      [`${w}/relationships/{relationshipId}/value-assessments`, 'get'],
      [`${w}/partners/{partnerId}/relationships`, 'get'],
      [`${w}/relationship-settings`, 'get'],
      [`${w}/relationship-settings/tiers`, 'put'],
      [`${w}/relationship-settings/checklists/{stage}`, 'put'],
    ];
    for (const [path, method] of operations) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      if (method !== 'delete')
        expect(Object.keys(operation?.responses ?? {}), `${method} ${path}`).toContainEqual(
          expect.stringMatching(/^20[01]$/),
        );
    }
  });
});
