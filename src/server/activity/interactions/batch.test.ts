import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { makePartner, makeRelationship, pathsOf } from '../../test/interactions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Item = {
  id: string;
  kind: string;
  subject: string;
  occurredAt: string;
  timeZone: string;
  people: { id: string }[];
  partners: { id: string }[];
  members: { id: string }[];
};

describe('interactions: batch logging after an event', () => {
  it('logs one encounter per person, in one step, and every relationship with them counts it as contact', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const people = [
      await makePartner(client, base, 'Nguyễn Văn An', { type: 'person' }),
      await makePartner(client, base, 'Иван Петров', { type: 'person' }),
      await makePartner(client, base, 'Sara Ahmadi', { type: 'person' }),
    ];
    const relationship = await makeRelationship(client, base, { partnerId: people[1]?.id });
    const response = await client.post(`${base}/interactions/batch`, {
      occurredAt: '2026-03-12T16:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      subject: 'Vietnam Expo 2026',
      notes: '<p>Met at our stand</p>',
      sentiment: 'positive',
      personIds: people.map((p) => p.id),
    });
    expect(response.statusCode, response.body).toBe(201);
    const items = response.json().items as Item[];
    expect(items).toHaveLength(3);
    items.forEach((item, i) => {
      expect(item).toMatchObject({
        kind: 'event_encounter',
        subject: 'Vietnam Expo 2026',
        occurredAt: '2026-03-12T09:00:00.000Z',
        timeZone: 'Asia/Ho_Chi_Minh',
        sentiment: 'positive',
        notesText: 'Met at our stand',
        isMeeting: false,
      });
      expect(item.people.map((p) => p.id)).toEqual([people[i]?.id]);
      expect(item.members.map((m) => m.id)).toEqual([owner.id]);
    });
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
    expect((await client.get(`${base}/relationships/${relationship.id}`)).json().lastContactAt).toBe(
      '2026-03-12T09:00:00.000Z',
    );
    const audit = (await client.get(`${base}/audit-log`))
      .json()
      .items.filter((e: { action: string }) => e.action === 'interaction.create');
    expect(audit.map((e: { entityId: string }) => e.entityId).sort()).toEqual(items.map((i) => i.id).sort());
  });

  it('takes partners as well, and the kind, members and other fields like a single log', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user: bob } = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const acme = await makePartner(client, base, 'Acme');
    const person = await makePartner(client, base, 'An', { type: 'person' });
    const response = await client.post(`${base}/interactions/batch`, {
      kind: 'site_visit',
      partnerIds: [acme.id],
      personIds: [person.id],
      memberIds: [bob.id],
    });
    expect(response.statusCode, response.body).toBe(201);
    const items = response.json().items as Item[];
    expect(
      items.map((i) => [i.kind, i.people.map((p) => p.id), i.partners.map((p) => p.id), i.members.map((m) => m.id)]),
    ).toEqual([
      ['site_visit', [person.id], [], [bob.id]],
      ['site_visit', [], [acme.id], [bob.id]],
    ]);
  });

  it('is all or nothing: each bad entry is named by its place, and nothing is logged', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx);
    const good = await makePartner(client, base, 'Good Person', { type: 'person' });
    const organisation = await makePartner(client, base, 'Acme');
    const foreign = await makePartner(other.client, other.base, 'Elsewhere', { type: 'person' });
    const response = await client.post(`${base}/interactions/batch`, {
      personIds: [good.id, foreign.id, organisation.id],
      partnerIds: [organisation.id, foreign.id],
      memberIds: [other.owner.id],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation');
    expect(pathsOf(response.json()).sort()).toEqual(
      ['memberIds.0:not_member', 'partnerIds.1:not_found', 'personIds.1:not_found', 'personIds.2:not_person'].sort(),
    );
    expect((await client.get(`${base}/interactions`)).json().items).toEqual([]);

    const duplicate = await client.post(`${base}/interactions/batch`, { personIds: [good.id, good.id] });
    expect(pathsOf(duplicate.json())).toEqual(['personIds.1:duplicate']);
    expect(pathsOf((await client.post(`${base}/interactions/batch`, { personIds: [] })).json())).toEqual([
      'personIds:required',
    ]);
    expect(
      pathsOf(
        (
          await client.post(`${base}/interactions/batch`, { personIds: [good.id], timeZone: 'Mars/Base', kind: 'fax' })
        ).json(),
      ).sort(),
    ).toEqual(['kind:invalid_value', 'timeZone:custom']);
    expect((await client.get(`${base}/interactions`)).json().items).toEqual([]);
  });

  it('a viewer cannot batch-log (403); another workspace gets 404', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    const other = await workspaceWithOwner(ctx);
    const person = await makePartner(client, base, 'An', { type: 'person' });
    expect((await viewer.client.post(`${base}/interactions/batch`, { personIds: [person.id] })).statusCode).toBe(403);
    expect((await other.client.post(`${base}/interactions/batch`, { personIds: [person.id] })).statusCode).toBe(404);
  });
});
