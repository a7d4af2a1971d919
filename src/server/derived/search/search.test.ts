import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { logInteraction, makePartner, makeRelationship, pathsOf } from '../../test/interactions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Hit = { id: string; type: string; name: string; snippet: string | null; [key: string]: unknown };
const search = async (
  client: { get: (url: string) => Promise<{ statusCode: number; body: string; json: () => unknown }> },
  base: string,
  q: string,
) => {
  const response = await client.get(`${base}/search?${new URLSearchParams({ q })}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: Hit[] }).items;
};
const kinds = (hits: Hit[]) => hits.map((h) => `${h.type}:${h.name}`);

describe('the search box across kinds', () => {
  it('finds a partner, its relationship, an interaction and a task, each with the ids to link to', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base, { purpose: 'Coffee supply' }, 'Highland Beans');
    const partnerId = (relationship.partner as { id: string }).id;
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partnerId],
      relationshipIds: [relationship.id],
      subject: 'Harvest review',
      notes: '<p>Talked about the <b>espresso</b> blend and prices.</p>',
    });
    const task = await client.post(`${base}/tasks`, {
      title: 'Send the espresso samples',
      notes: 'Two bags',
      dueOn: '2026-05-04',
      interactionId: meeting.id,
    });
    expect(task.statusCode, task.body).toBe(201);

    expect(kinds(await search(client, base, 'highland'))).toEqual([
      'organization:Highland Beans',
      'relationship:Highland Beans',
    ]);
    const [partnerHit, relationshipHit] = await search(client, base, 'highland');
    expect(partnerHit).toMatchObject({ id: partnerId, partnerId, relationshipId: null, interactionId: null });
    expect(relationshipHit).toMatchObject({
      id: relationship.id,
      snippet: 'Coffee supply',
      partnerId,
      relationshipId: relationship.id,
      stage: 'formation',
    });
    expect(kinds(await search(client, base, 'COFFEE'))).toEqual(['relationship:Highland Beans']);

    const espresso = await search(client, base, 'Espresso');
    expect(kinds(espresso)).toEqual(['interaction:Harvest review', 'task:Send the espresso samples']);
    expect(espresso[0]).toMatchObject({
      id: meeting.id,
      interactionId: meeting.id,
      interactionKind: 'meeting',
      partnerName: 'Highland Beans',
      snippet: 'Talked about the espresso blend and prices.',
      occurredAt: expect.any(String),
    });
    expect(espresso[1]).toMatchObject({
      id: task.json().id,
      snippet: 'Two bags',
      interactionId: meeting.id,
      partnerId,
      dueOn: '2026-05-04',
      status: 'open',
    });
  });

  it('finds an edited interaction and task by their new text only', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const call = await logInteraction(client, base, {
      kind: 'phone_call',
      partnerIds: [partner.id],
      subject: 'Pricing',
    });
    const edited = await client.patch(`${base}/interactions/${call.id}`, {
      subject: 'Renewal terms',
      version: call.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const task = (await client.post(`${base}/tasks`, { title: 'Call back', partnerId: partner.id })).json();
    const renamed = await client.patch(`${base}/tasks/${task.id}`, {
      title: 'Draft the renewal',
      version: task.version,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);

    expect(kinds(await search(client, base, 'renewal'))).toEqual([
      'interaction:Renewal terms',
      'task:Draft the renewal',
    ]);
    expect(await search(client, base, 'pricing')).toEqual([]);
    expect(await search(client, base, 'call back')).toEqual([]);
  });

  it('finds Vietnamese, Russian and Persian text without its diacritics, case or letter variants', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Công ty Đặng');
    await makeRelationship(client, base, { partnerId: partner.id });
    await logInteraction(client, base, { kind: 'meeting', partnerIds: [partner.id], subject: 'Gặp gỡ đối tác' });
    await logInteraction(client, base, { kind: 'email', partnerIds: [partner.id], subject: 'Встреча с партнёром' });
    await client.post(`${base}/tasks`, { title: 'ارسال پیشنهاد به مشتری', partnerId: partner.id });

    expect(kinds(await search(client, base, 'cong ty dang'))).toEqual([
      'organization:Công ty Đặng',
      'relationship:Công ty Đặng',
    ]);
    expect(kinds(await search(client, base, 'doi tac'))).toEqual(['interaction:Gặp gỡ đối tác']);
    expect(kinds(await search(client, base, 'ПАРТНЕРОМ'))).toEqual(['interaction:Встреча с партнёром']);
    // Arabic yeh and kaf, as an Arabic keyboard types them, find the Persian letters.
    expect(kinds(await search(client, base, 'پيشنهاد'))).toEqual(['task:ارسال پیشنهاد به مشتری']);
  });

  it('leaves out what is in the trash, and a trashed partner’s relationship', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base, {}, 'Zephyr Trading');
    const partnerId = (relationship.partner as { id: string }).id;
    const note = await logInteraction(client, base, { kind: 'other', partnerIds: [partnerId], subject: 'Zephyr note' });
    const task = (await client.post(`${base}/tasks`, { title: 'Zephyr follow-up', partnerId })).json();
    expect(await search(client, base, 'zephyr')).toHaveLength(4);

    expect(
      (await client.delete(`${base}/interactions/${note.id}`, { 'if-match': String(note.version) })).statusCode,
    ).toBe(204);
    expect((await client.delete(`${base}/tasks/${task.id}`, { 'if-match': String(task.version) })).statusCode).toBe(
      204,
    );
    expect(kinds(await search(client, base, 'zephyr'))).toEqual([
      'organization:Zephyr Trading',
      'relationship:Zephyr Trading',
    ]);
    const partner = (await client.get(`${base}/partners/${partnerId}`)).json();
    expect(
      (await client.delete(`${base}/partners/${partnerId}`, { 'if-match': String(partner.version) })).statusCode,
    ).toBe(204);
    expect(await search(client, base, 'zephyr')).toEqual([]);
  });

  it('answers a viewer too, and limits each kind', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    for (const n of [3, 1, 2])
      await client.post(`${base}/tasks`, { title: `Quarterly report ${n}`, dueOn: `2026-05-0${n}` });
    await makePartner(client, base, 'Quarterly Partners');
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    const response = await viewer.client.get(`${base}/search?q=quarterly&limit=2`);
    expect(response.statusCode, response.body).toBe(200);
    expect(kinds(response.json().items)).toEqual([
      'organization:Quarterly Partners',
      'task:Quarterly report 1',
      'task:Quarterly report 2',
    ]);
  });
});

describe('the search box keeps to its workspace and its input', () => {
  it('never returns another workspace’s records, and hides the workspace from a stranger', async () => {
    const a = await workspaceWithOwner(ctx);
    const b = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(b.client, b.base, { purpose: 'Secret deal' }, 'Secret Partner');
    const partnerId = (relationship.partner as { id: string }).id;
    await logInteraction(b.client, b.base, { kind: 'meeting', partnerIds: [partnerId], subject: 'Secret meeting' });
    await b.client.post(`${b.base}/tasks`, { title: 'Secret task', partnerId });
    expect(await search(b.client, b.base, 'secret')).toHaveLength(4);

    const stranger = await a.client.get(`${b.base}/search?q=secret`);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('not_found');
    expect(await search(a.client, a.base, 'secret')).toEqual([]);
  });

  it('names the field of a bad query and takes LIKE wildcards literally', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await client.post(`${base}/tasks`, { title: 'Discount 100% off_season' });
    await client.post(`${base}/tasks`, { title: 'Discount 1000 offseason' });
    for (const [query, path] of [
      ['', 'q'],
      ['q=', 'q'],
      ['q=%20%20', 'q'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['q=a&limit=0', 'limit'],
      ['q=a&limit=51', 'limit'],
      ['q=a&limit=ten', 'limit'],
      ['q=a&sort=name', 'sort'],
    ]) {
      const response = await client.get(`${base}/search?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(
        pathsOf(response.json()).map((p) => p.split(':')[0]),
        query,
      ).toEqual([path]);
    }
    expect(kinds(await search(client, base, '100%'))).toEqual(['task:Discount 100% off_season']);
    expect(kinds(await search(client, base, 'f_s'))).toEqual(['task:Discount 100% off_season']);
    expect(kinds(await search(client, base, '%'))).toEqual(['task:Discount 100% off_season']);
    expect(kinds(await search(client, base, '1000'))).toEqual(['task:Discount 1000 offseason']);
    expect(await search(client, base, "'; drop table task; --")).toEqual([]);
  });
});
