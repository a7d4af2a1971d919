import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { logInteraction, makePartner, makeRelationship, pathsOf } from '../../test/interactions.js';
import { addDays, todayIn } from '../../platform/core/index.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const titles = (body: { items: { title: string }[] }) => body.items.map((t) => t.title);

describe('tasks: create, complete, reopen', () => {
  it('creates a task owned by the caller, open, with its links; a relationship brings its partner', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base, { purpose: 'Supply' }, 'Acme');
    const created = await client.post(`${base}/tasks`, {
      title: 'Send the price list',
      notes: 'PDF',
      dueOn: '2026-05-04',
      relationshipId: relationship.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json();
    expect(created.headers.location).toBe(`${base}/tasks/${task.id}`);
    expect(created.headers.etag).toBe('1');
    expect(task).toMatchObject({
      version: 1,
      title: 'Send the price list',
      notes: 'PDF',
      owner: { id: owner.id, name: 'Olga Owner' },
      dueOn: '2026-05-04',
      status: 'open',
      completedAt: null,
      completedBy: null,
      interaction: null,
      relationship: { id: relationship.id, partnerName: 'Acme', purpose: 'Supply' },
      partner: { id: (relationship.partner as { id: string }).id, name: 'Acme', type: 'organization' },
      createdBy: { id: owner.id },
      deletedAt: null,
    });
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'task.create',
      entityId: task.id,
      changes: { title: { after: 'Send the price list' } },
    });
  });

  it('makes an action item of a task linked to an interaction, taking the one partner it concerns', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partner.id],
      subject: 'Kick-off',
    });
    const task = (await client.post(`${base}/tasks`, { title: 'Minutes to all', interactionId: meeting.id })).json();
    expect(task).toMatchObject({
      interaction: { id: meeting.id, kind: 'meeting', subject: 'Kick-off' },
      partner: { id: partner.id },
      relationship: null,
    });
    expect((await client.get(`${base}/interactions/${meeting.id}`)).json().actionItems).toEqual([
      expect.objectContaining({ id: task.id, title: 'Minutes to all' }),
    ]);
  });

  it('names every bad field: title, owner, due date, interaction, relationship, partner', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx);
    const shape = await client.post(`${base}/tasks`, {
      title: '  ',
      dueOn: '2026-13-01',
      status: 'later',
      ownerId: 'bob',
    });
    expect(shape.statusCode).toBe(400);
    expect(pathsOf(shape.json())).toEqual(
      expect.arrayContaining([
        'title:required',
        'dueOn:invalid_format',
        'status:invalid_value',
        'ownerId:invalid_format',
      ]),
    );
    const foreignInteraction = await logInteraction(other.client, other.base, {
      partnerIds: [(await makePartner(other.client, other.base, 'Far')).id],
    });
    const foreignRelationship = await makeRelationship(other.client, other.base);
    const trashed = await makePartner(client, base, 'Gone');
    await client.delete(`${base}/partners/${trashed.id}`, { 'if-match': '1' });
    const refs = await client.post(`${base}/tasks`, {
      title: 'x',
      ownerId: other.owner.id,
      interactionId: foreignInteraction.id,
      relationshipId: foreignRelationship.id,
      partnerId: trashed.id,
    });
    expect(pathsOf(refs.json())).toEqual([
      'ownerId:not_member',
      'interactionId:not_found',
      'relationshipId:not_found',
      'partnerId:not_found',
    ]);
    const relationship = await makeRelationship(client, base);
    const partner = await makePartner(client, base, 'Not the one');
    expect(
      pathsOf(
        (
          await client.post(`${base}/tasks`, { title: 'x', relationshipId: relationship.id, partnerId: partner.id })
        ).json(),
      ),
    ).toEqual(['partnerId:invalid_value']);
    // A former member keeps owning their tasks, but nobody can be given a new one.
    const { user: leaver } = await memberWithRole(ctx, workspace.id, 'member');
    const theirs = (await client.post(`${base}/tasks`, { title: 'Theirs', ownerId: leaver.id })).json();
    await ctx.db
      .deleteFrom('membership')
      .where('workspaceId', '=', workspace.id)
      .where('userId', '=', leaver.id)
      .execute();
    expect((await client.patch(`${base}/tasks/${theirs.id}`, { title: 'Still theirs', version: 1 })).statusCode).toBe(
      200,
    );
    expect(pathsOf((await client.post(`${base}/tasks`, { title: 'x', ownerId: leaver.id })).json())).toEqual([
      'ownerId:not_member',
    ]);
  });

  it('completes and reopens through status, records who and when, and refuses a stale version', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const task = (await client.post(`${base}/tasks`, { title: 'Call back' })).json();
    const done = await client.patch(`${base}/tasks/${task.id}`, { status: 'done', version: 1 });
    expect(done.json()).toMatchObject({ status: 'done', completedBy: { id: owner.id }, version: 2 });
    expect(Date.parse(done.json().completedAt)).toBeGreaterThan(Date.now() - 60_000);
    const stale = await client.patch(`${base}/tasks/${task.id}`, { status: 'open', version: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'stale_version', current: { status: 'done', version: 2 } });
    const renamed = await client.patch(`${base}/tasks/${task.id}`, { title: 'Call back Anna' }, { 'if-match': '2' });
    expect(renamed.json()).toMatchObject({ status: 'done', completedAt: done.json().completedAt, version: 3 });
    const reopened = await client.patch(`${base}/tasks/${task.id}`, { status: 'open', version: 3 });
    expect(reopened.json()).toMatchObject({ status: 'open', completedAt: null, completedBy: null, version: 4 });
    expect(pathsOf((await client.patch(`${base}/tasks/${task.id}`, { title: 'x' })).json())).toEqual([
      'version:required',
    ]);
    const actions = (await client.get(`${base}/audit-log`)).json().items.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 4)).toEqual(['task.reopen', 'task.update', 'task.complete', 'task.create']);
  });

  it('moves to the trash and back', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const task = (await client.post(`${base}/tasks`, { title: 'Trash me' })).json();
    expect((await client.delete(`${base}/tasks/${task.id}`)).statusCode).toBe(400);
    expect((await client.delete(`${base}/tasks/${task.id}`, { 'if-match': '9' })).statusCode).toBe(412);
    expect((await client.delete(`${base}/tasks/${task.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    expect((await client.get(`${base}/tasks`)).json().items).toEqual([]);
    expect(titles((await client.get(`${base}/tasks?deleted=true`)).json())).toEqual(['Trash me']);
    expect((await client.patch(`${base}/tasks/${task.id}`, { title: 'x', version: 2 })).statusCode).toBe(404);
    expect((await client.post(`${base}/tasks/${task.id}/restore`)).json()).toMatchObject({
      deletedAt: null,
      version: 3,
    });
    expect((await client.post(`${base}/tasks/${task.id}/restore`)).statusCode).toBe(404);
  });
});

describe('tasks: My tasks', () => {
  it('shows tasks assigned to someone on their list, not on the assigner’s', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user: bob, client: bobClient } = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    await client.post(`${base}/tasks`, { title: 'For Bob', ownerId: bob.id });
    await client.post(`${base}/tasks`, { title: 'For me' });
    expect(titles((await bobClient.get(`${base}/tasks?mine=true`)).json())).toEqual(['For Bob']);
    expect(titles((await client.get(`${base}/tasks?mine=true`)).json())).toEqual(['For me']);
    expect(titles((await client.get(`${base}/tasks?owner=${bob.id}`)).json())).toEqual(['For Bob']);
    expect(pathsOf((await client.get(`${base}/tasks?mine=true&owner=${bob.id}`)).json())).toEqual([
      'owner:invalid_value',
    ]);
  });

  it('buckets overdue, today, this week and later in each caller’s own time zone', async () => {
    const { client: east, base, workspace, owner } = await workspaceWithOwner(ctx);
    const { client: west } = await memberWithRole(ctx, workspace.id, 'member');
    // UTC+14 and UTC-11: their calendars are always a day or two apart.
    await east.patch('/api/v1/me', { timeZone: 'Pacific/Kiritimati' });
    await west.patch('/api/v1/me', { timeZone: 'Pacific/Pago_Pago' });
    const eastToday = todayIn('Pacific/Kiritimati');
    const westToday = todayIn('Pacific/Pago_Pago');
    expect(westToday < eastToday).toBe(true);
    const due = {
      overdue: addDays(eastToday, -1),
      today: eastToday,
      tomorrow: addDays(eastToday, 1),
      week: addDays(eastToday, 7),
      later: addDays(eastToday, 8),
    };
    for (const [title, dueOn] of Object.entries(due)) await east.post(`${base}/tasks`, { title, dueOn });
    await east.post(`${base}/tasks`, { title: 'undated' });
    const done = (await east.post(`${base}/tasks`, { title: 'done long ago', dueOn: addDays(eastToday, -30) })).json();
    await east.patch(`${base}/tasks/${done.id}`, { status: 'done', version: 1 });
    const bucket = async (client: typeof east, name: string) =>
      titles((await client.get(`${base}/tasks?owner=${owner.id}&due=${name}`)).json());

    expect(await bucket(east, 'overdue')).toEqual(['overdue']);
    expect(await bucket(east, 'today')).toEqual(['today']);
    expect(await bucket(east, 'week')).toEqual(['tomorrow', 'week']);
    expect(await bucket(east, 'later')).toEqual(['later', 'undated']);
    // The same tasks seen from the west, where the east's today is still tomorrow (or later).
    const matching = (test: (d: string) => boolean) =>
      Object.entries(due)
        .filter(([, d]) => test(d))
        .map(([t]) => t);
    expect(await bucket(west, 'overdue')).toEqual([]);
    expect(await bucket(west, 'today')).toEqual(matching((d) => d === westToday));
    expect(await bucket(west, 'week')).toEqual(matching((d) => d > westToday && d <= addDays(westToday, 7)));
    expect(await bucket(west, 'week')).toContain('today');
    expect(await bucket(west, 'later')).toEqual([...matching((d) => d > addDays(westToday, 7)), 'undated']);
    const eastView = (await east.get(`${base}/tasks?owner=${owner.id}&status=open`)).json().items;
    expect(eastView.map((t: { title: string; overdue: boolean }) => `${t.title}:${t.overdue}`)).toEqual([
      'overdue:true',
      'today:false',
      'tomorrow:false',
      'week:false',
      'later:false',
      'undated:false',
    ]);
  });

  it('filters by status, interaction, relationship (with its partner’s tasks) and partner, and pages in due order with undated last', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base, {}, 'Acme');
    const acme = (relationship.partner as { id: string }).id;
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      relationshipIds: [relationship.id],
      actionItems: [{ title: 'a1', dueOn: '2026-02-01' }],
    });
    await client.post(`${base}/tasks`, { title: 'r1', relationshipId: relationship.id, dueOn: '2026-01-15' });
    await client.post(`${base}/tasks`, { title: 'p1', partnerId: acme });
    const other = await makePartner(client, base, 'Other');
    await client.post(`${base}/tasks`, { title: 'o1', partnerId: other.id, dueOn: '2026-01-01' });
    const done = (await client.post(`${base}/tasks`, { title: 'd1', status: 'done', dueOn: '2026-03-01' })).json();
    expect(done).toMatchObject({ status: 'done', completedAt: expect.any(String) });
    const list = async (query: string) => titles((await client.get(`${base}/tasks${query}`)).json());
    expect(await list('')).toEqual(['o1', 'r1', 'a1', 'd1', 'p1']);
    expect(await list('?status=done')).toEqual(['d1']);
    expect(await list(`?interaction=${meeting.id}`)).toEqual(['a1']);
    expect(await list(`?relationship=${relationship.id}`)).toEqual(['r1', 'a1', 'p1']);
    expect(await list(`?partner=${other.id}`)).toEqual(['o1']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await client.get(`${base}/tasks?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json() as {
        items: { title: string }[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((t) => t.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['o1', 'r1', 'a1', 'd1', 'p1']);
    expect(pathsOf((await client.get(`${base}/tasks?cursor=abc`)).json())).toEqual(['cursor:invalid_format']);
    expect(pathsOf((await client.get(`${base}/tasks?due=someday`)).json())).toEqual(['due:invalid_value']);
  });
});
