import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { addDays, todayIn } from '../../platform/core/index.js';
import { daysFromNow, logInteraction, makePartner, makeRelationship, pathsOf } from '../../test/interactions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Item = { type: string; id: string; at: string; [key: string]: unknown };
const key = (i: Item) => `${i.type}:${i.id}`;

/** Every item of a timeline, one page at a time; fails on a page that repeats an item. */
async function walk(client: Client, path: string, limit: number): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(
      `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as { items: Item[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Newest first by (at, type, id), the order the API promises. */
function sorted(items: Item[]): Item[] {
  return [...items].sort((a, b) =>
    a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.type !== b.type ? (a.type < b.type ? 1 : -1) : a.id < b.id ? 1 : -1,
  );
}

describe('timeline: one list of everything', () => {
  it("merges a relationship's interactions, meetings, tasks, stage changes and value assessments newest first", async () => {
    const { client, base, workspace, owner } = await workspaceWithOwner(ctx);
    const { user: bob, client: bobClient } = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const relationship = await makeRelationship(client, base, {}, 'Acme');
    const partnerId = (relationship.partner as { id: string }).id;
    const call = await logInteraction(client, base, {
      kind: 'phone_call',
      partnerIds: [partnerId],
      occurredAt: daysFromNow(-3),
      subject: 'Price call',
      notes: '<p>They <b>agree</b></p>',
      sentiment: 'positive',
    });
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      relationshipIds: [relationship.id],
      memberIds: [bob.id],
      occurredAt: daysFromNow(-1),
      subject: 'Review',
      actionItems: [{ title: 'Send minutes', ownerId: bob.id }],
    });
    const planned = await logInteraction(client, base, {
      kind: 'video_call',
      isMeeting: true,
      relationshipIds: [relationship.id],
      occurredAt: daysFromNow(4),
      subject: 'Next review',
    });
    const dueOn = addDays(todayIn('UTC'), 2);
    const task = (
      await client.post(`${base}/tasks`, { title: 'Prepare offer', relationshipId: relationship.id, dueOn })
    ).json();
    await bobClient.post(`${base}/relationships/${relationship.id}/stage`, {
      to: 'planning',
      version: 1,
      confirmSkipped: true,
    });
    const assessedOn = addDays(todayIn('UTC'), -5);
    const assessment = (
      await client.post(`${base}/relationships/${relationship.id}/value-assessments`, {
        canWeHelp: 4,
        canTheyHelp: 2,
        assessedOn,
      })
    ).json();

    const response = await client.get(`${base}/relationships/${relationship.id}/timeline`);
    expect(response.statusCode, response.body).toBe(200);
    const { items, nextCursor } = response.json() as { items: Item[]; nextCursor: string | null };
    expect(nextCursor).toBeNull();
    expect(items).toEqual(sorted(items));
    const actionItem = (meeting.actionItems as { id: string }[])[0];
    expect(items.map(key)).toEqual([
      `meeting:${planned.id}`,
      `task:${task.id}`,
      expect.stringMatching(/^(task|stage_change):/),
      expect.stringMatching(/^(task|stage_change):/),
      expect.stringMatching(/^(task|stage_change):/),
      `meeting:${meeting.id}`,
      `interaction:${call.id}`,
      `value_assessment:${assessment.id}`,
    ]);
    // Created now: the action item without a due date, the stage move and the initial stage.
    expect(items.slice(2, 5).map(key).sort()).toEqual(
      [
        `task:${actionItem?.id}`,
        expect.stringMatching(/^stage_change:/),
        expect.stringMatching(/^stage_change:/),
      ].sort(),
    );
    const byKey = new Map(items.map((i) => [key(i), i]));
    expect(byKey.get(`interaction:${call.id}`)).toMatchObject({
      at: call.occurredAt,
      actor: { id: owner.id, name: 'Olga Owner' },
      kind: 'phone_call',
      title: 'Price call',
      summary: 'They agree',
      sentiment: 'positive',
      planned: false,
      partners: [{ id: partnerId, name: 'Acme' }],
      members: [{ id: owner.id }],
      openActionItems: 0,
    });
    expect(byKey.get(`meeting:${meeting.id}`)).toMatchObject({
      members: [{ id: bob.id, name: 'Bob' }],
      openActionItems: 1,
    });
    expect(byKey.get(`meeting:${planned.id}`)).toMatchObject({ kind: 'video_call', planned: true });
    expect(byKey.get(`task:${task.id}`)).toMatchObject({
      title: 'Prepare offer',
      dueOn,
      status: 'open',
      overdue: false,
      owner: { id: owner.id },
      relationshipId: relationship.id,
    });
    expect(items.find((i) => i.type === 'stage_change' && i.to === 'planning')).toMatchObject({
      from: 'formation',
      direction: 'forward',
      actor: { id: bob.id },
    });
    // Back-dated: at the end of the day it was assessed for.
    expect(byKey.get(`value_assessment:${assessment.id}`)).toMatchObject({
      at: `${addDays(assessedOn, 1)}T00:00:00.000Z`,
      canWeHelp: 4,
      canTheyHelp: 2,
      assessedOn,
      actor: { id: owner.id },
    });

    const partnerItems = (await client.get(`${base}/partners/${partnerId}/timeline`)).json().items as Item[];
    expect(partnerItems.map(key)).toEqual(items.map(key));
  });

  it('filters by kind (several) and member, and leaves out what is planned with before', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user: bob, client: bobClient } = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const relationship = await makeRelationship(client, base);
    const partnerId = (relationship.partner as { id: string }).id;
    const call = await logInteraction(client, base, { partnerIds: [partnerId], occurredAt: daysFromNow(-2) });
    const withBob = await logInteraction(client, base, {
      partnerIds: [partnerId],
      memberIds: [bob.id],
      occurredAt: daysFromNow(-1),
    });
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partnerId],
      occurredAt: daysFromNow(-4),
    });
    const planned = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partnerId],
      occurredAt: daysFromNow(3),
    });
    const bobsTask = (await client.post(`${base}/tasks`, { title: 'Bob does it', partnerId, ownerId: bob.id })).json();
    await client.post(`${base}/tasks`, { title: 'I do it', partnerId });
    await bobClient.post(`${base}/relationships/${relationship.id}/value-assessments`, {
      canWeHelp: 3,
      canTheyHelp: 3,
    });
    const path = `${base}/partners/${partnerId}/timeline`;
    const keys = async (query: string) => ((await client.get(`${path}${query}`)).json().items as Item[]).map(key);
    expect(await keys('?kind=interaction')).toEqual([`interaction:${withBob.id}`, `interaction:${call.id}`]);
    expect(await keys('?kind=meeting')).toEqual([`meeting:${planned.id}`, `meeting:${meeting.id}`]);
    expect((await keys('?kind=stage_change,value_assessment')).map((k) => k.split(':')[0])).toEqual([
      'value_assessment',
      'stage_change',
    ]);
    const bobs = await keys(`?member=${bob.id}`);
    expect(bobs).toHaveLength(3);
    expect(bobs).toEqual(
      expect.arrayContaining([
        `task:${bobsTask.id}`,
        `interaction:${withBob.id}`,
        expect.stringMatching(/^value_assessment:/),
      ]),
    );
    expect(await keys(`?kind=meeting&before=${encodeURIComponent(new Date().toISOString())}`)).toEqual([
      `meeting:${meeting.id}`,
    ]);
    expect(pathsOf((await client.get(`${path}?kind=goal`)).json())).toEqual(['kind.0:invalid_value']);
    expect(pathsOf((await client.get(`${path}?cursor=xyz`)).json())).toEqual(['cursor:invalid_format']);
    expect((await client.get(`${base}/partners/${crypto.randomUUID()}/timeline`)).statusCode).toBe(404);
    expect((await client.get(`${base}/relationships/${crypto.randomUUID()}/timeline`)).statusCode).toBe(404);
  });

  it("shows on a relationship what concerns its partner but not another relationship's history; the partner shows both", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const person = await makePartner(client, base, 'Anna at Acme', { type: 'person' });
    const audit = await makeRelationship(client, base, { partnerId: partner.id, purpose: 'Audit' });
    const training = await makeRelationship(client, base, { partnerId: partner.id, purpose: 'Training' });
    const general = await logInteraction(client, base, { partnerIds: [partner.id], occurredAt: daysFromNow(-2) });
    const aboutTraining = await logInteraction(client, base, {
      relationshipIds: [training.id],
      personIds: [person.id],
      occurredAt: daysFromNow(-1),
    });
    const trashed = await logInteraction(client, base, { partnerIds: [partner.id], occurredAt: daysFromNow(-3) });
    await client.delete(`${base}/interactions/${trashed.id}`, { 'if-match': '1' });
    const ofType = async (path: string, type: string) =>
      ((await client.get(path)).json().items as Item[]).filter((i) => i.type === type);
    const auditTimeline = `${base}/relationships/${audit.id}/timeline`;
    expect((await ofType(auditTimeline, 'interaction')).map((i) => i.id)).toEqual([aboutTraining.id, general.id]);
    expect((await ofType(auditTimeline, 'stage_change')).map((i) => i.relationshipId)).toEqual([audit.id]);
    expect(
      (await ofType(`${base}/partners/${partner.id}/timeline`, 'stage_change')).map((i) => i.relationshipId).sort(),
    ).toEqual([audit.id, training.id].sort());
    // The person met is a partner too: their own timeline shows the meeting once.
    expect((await ofType(`${base}/partners/${person.id}/timeline`, 'interaction')).map((i) => i.id)).toEqual([
      aboutTraining.id,
    ]);
  });
});

describe('timeline: keyset pages', () => {
  it('walks a long history in small pages with nothing repeated or missed, ties included', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const partnerId = (relationship.partner as { id: string }).id;
    const person = await makePartner(client, base, 'Participant', { type: 'person' });
    const same = daysFromNow(-2);
    for (let i = 0; i < 24; i++) {
      // Every third at the very same instant, meetings and calls alternating; some reached through two links.
      const occurredAt = i % 3 === 0 ? same : daysFromNow(-i / 2);
      await logInteraction(client, base, {
        kind: i % 2 ? 'meeting' : 'phone_call',
        occurredAt,
        ...(i % 4 === 0 ? { relationshipIds: [relationship.id], personIds: [person.id] } : { partnerIds: [partnerId] }),
      });
    }
    const dueOn = addDays(todayIn('UTC'), -2);
    for (let i = 0; i < 6; i++)
      await client.post(`${base}/tasks`, { title: `Task ${i}`, partnerId, dueOn: i % 2 ? dueOn : null });
    for (let i = 0; i < 3; i++)
      await client.post(`${base}/relationships/${relationship.id}/value-assessments`, {
        canWeHelp: 2 + i,
        canTheyHelp: 3,
      });

    for (const path of [
      `${base}/relationships/${relationship.id}/timeline`,
      `${base}/partners/${partnerId}/timeline`,
    ]) {
      const all = (await client.get(`${path}?limit=200`)).json().items as Item[];
      expect(all).toHaveLength(24 + 6 + 3 + 1);
      expect(new Set(all.map(key)).size).toBe(all.length);
      expect(all).toEqual(sorted(all));
      for (const limit of [1, 5, 7])
        expect((await walk(client, path, limit)).map(key), `${path} by ${limit}`).toEqual(all.map(key));
      const meetings = await walk(client, `${path}?kind=meeting`, 4);
      expect(meetings.map(key)).toEqual(all.filter((i) => i.type === 'meeting').map(key));
    }
  });
});
