import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import {
  daysFromNow,
  logInteraction,
  makePartner,
  makeRelationship,
  pathsOf,
  type Created,
} from '../../test/interactions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe('interactions: log, read, edit', () => {
  it('logs a meeting with participants on both sides, agenda, minutes, decisions and action items', async () => {
    const { client, base, workspace, owner } = await workspaceWithOwner(ctx);
    const { user: bob } = await memberWithRole(ctx, workspace.id, 'member', 'Bob Buyer');
    const supplier = await makePartner(client, base, 'Công ty Hòa Phát');
    const person = await makePartner(client, base, 'Nguyễn Văn An', { type: 'person' });
    const relationship = await makeRelationship(client, base, { purpose: 'Audit 2026' }, 'Zeta Audit');
    const created = await client.post(`${base}/interactions`, {
      kind: 'video_call',
      isMeeting: true,
      occurredAt: '2026-03-10T14:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      durationMinutes: 45,
      direction: 'inbound',
      subject: 'Quarterly review',
      notes: '<p>Went <strong>well</strong></p>',
      sentiment: 'positive',
      partnerIds: [supplier.id],
      personIds: [person.id],
      relationshipIds: [relationship.id],
      memberIds: [owner.id, bob.id],
      agenda: [{ title: 'Progress' }, { title: 'Prices', notes: 'bring the list' }],
      minutes: '<ul><li>Prices stay</li></ul>',
      decisions: [{ text: 'Keep prices for Q2' }],
      actionItems: [
        { title: 'Send the contract', ownerId: bob.id, dueOn: '2026-03-20' },
        { title: 'Book the next call' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const interaction = created.json();
    expect(created.headers.location).toBe(`${base}/interactions/${interaction.id}`);
    expect(created.headers.etag).toBe('1');
    expect(interaction).toMatchObject({
      version: 1,
      kind: 'video_call',
      isMeeting: true,
      occurredAt: '2026-03-10T07:00:00.000Z',
      timeZone: 'Asia/Ho_Chi_Minh',
      planned: false,
      durationMinutes: 45,
      direction: 'inbound',
      subject: 'Quarterly review',
      notes: '<p>Went <strong>well</strong></p>',
      notesText: 'Went well',
      sentiment: 'positive',
      minutes: '<ul><li>Prices stay</li></ul>',
      minutesText: 'Prices stay',
      agenda: [
        { id: expect.any(String), title: 'Progress', notes: '' },
        { id: expect.any(String), title: 'Prices', notes: 'bring the list' },
      ],
      decisions: [{ id: expect.any(String), text: 'Keep prices for Q2' }],
      // The relationship's partner is one of the partners the interaction concerns.
      partners: [
        { id: supplier.id, name: 'Công ty Hòa Phát', type: 'organization' },
        { id: (relationship.partner as { id: string }).id, name: 'Zeta Audit', type: 'organization' },
      ],
      people: [{ id: person.id, name: 'Nguyễn Văn An' }],
      relationships: [{ id: relationship.id, partnerName: 'Zeta Audit', purpose: 'Audit 2026' }],
      members: [
        { id: owner.id, name: 'Olga Owner' },
        { id: bob.id, name: 'Bob Buyer' },
      ],
      actionItems: [
        { title: 'Send the contract', owner: { id: bob.id, name: 'Bob Buyer' }, dueOn: '2026-03-20', status: 'open' },
        { title: 'Book the next call', owner: { id: owner.id }, dueOn: null, status: 'open' },
      ],
      seriesId: null,
      createdBy: { id: owner.id, name: 'Olga Owner' },
      deletedAt: null,
    });
    expect((await client.get(`${base}/interactions/${interaction.id}`)).json()).toEqual(interaction);
    const bobsTasks = (await client.get(`${base}/tasks?owner=${bob.id}`)).json().items;
    expect(bobsTasks).toEqual([
      expect.objectContaining({
        title: 'Send the contract',
        interaction: expect.objectContaining({ id: interaction.id, subject: 'Quarterly review' }),
      }),
    ]);
    const audit = (await client.get(`${base}/audit-log`))
      .json()
      .items.find((e: { action: string }) => e.action === 'interaction.create');
    expect(audit).toMatchObject({
      entityId: interaction.id,
      changes: {
        kind: { after: 'video_call' },
        subject: { after: 'Quarterly review' },
        actionItems: { after: expect.any(Array) },
      },
    });
  });

  it('defaults to now, the caller’s time zone, the caller as participant, and meetings for in-person meetings', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    await client.patch('/api/v1/me', { timeZone: 'Europe/Moscow' });
    const partner = await makePartner(client, base, 'Acme');
    const before = Date.now();
    const meeting = await logInteraction(client, base, { kind: 'meeting', partnerIds: [partner.id] });
    expect(meeting).toMatchObject({
      isMeeting: true,
      timeZone: 'Europe/Moscow',
      members: [{ id: owner.id }],
      direction: null,
      sentiment: null,
      subject: '',
      notes: '',
    });
    expect(Date.parse(meeting.occurredAt as string)).toBeGreaterThanOrEqual(before - 1000);
    expect((await logInteraction(client, base, { kind: 'email', partnerIds: [partner.id] })).isMeeting).toBe(false);
  });

  it('names every bad field: kind, time, time zone, duration, direction, sentiment', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const response = await client.post(`${base}/interactions`, {
      kind: 'fax',
      occurredAt: 'yesterday',
      timeZone: 'Mars/Olympus',
      durationMinutes: -5,
      direction: 'sideways',
      sentiment: 'great',
      partnerIds: [partner.id],
      color: 'red',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation');
    expect(pathsOf(response.json())).toEqual(
      expect.arrayContaining([
        'kind:invalid_value',
        'occurredAt:invalid_format',
        'timeZone:custom',
        'durationMinutes:too_small',
        'direction:invalid_value',
        'sentiment:invalid_value',
        'color:unknown_field',
      ]),
    );
    // A missing enum is reported by the schema as not one of its values.
    expect(pathsOf((await client.post(`${base}/interactions`, { partnerIds: [partner.id] })).json())).toEqual([
      'kind:invalid_value',
    ]);
    expect(
      pathsOf(
        (
          await client.post(`${base}/interactions`, { kind: 'email', partnerIds: [partner.id], durationMinutes: 1.5 })
        ).json(),
      ),
    ).toEqual(['durationMinutes:invalid_type']);
    expect(
      pathsOf(
        (
          await client.post(`${base}/interactions`, {
            kind: 'email',
            partnerIds: [partner.id],
            actionItems: [{ title: 'x', dueOn: '2026-02-30' }],
          })
        ).json(),
      ),
    ).toEqual(['actionItems.0.dueOn:invalid_format']);
  });

  it('names every partner, person, relationship and member that is not in the workspace, and asks for someone it concerns', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx);
    const foreignPartner = await makePartner(other.client, other.base, 'Elsewhere');
    const foreignRelationship = await makeRelationship(other.client, other.base);
    const organisation = await makePartner(client, base, 'Acme');
    const trashed = await makePartner(client, base, 'Gone Ltd');
    await client.delete(`${base}/partners/${trashed.id}`, { 'if-match': '1' });
    const { user: viewer } = await memberWithRole(ctx, workspace.id, 'viewer');
    const response = await client.post(`${base}/interactions`, {
      kind: 'meeting',
      partnerIds: [organisation.id, foreignPartner.id, trashed.id],
      personIds: [organisation.id, foreignPartner.id],
      relationshipIds: [foreignRelationship.id],
      memberIds: [viewer.id, other.owner.id],
      actionItems: [{ title: 'a', ownerId: other.owner.id }],
    });
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response.json())).toEqual([
      'partnerIds.1:not_found',
      'partnerIds.2:not_found',
      'personIds.0:not_person',
      'personIds.1:not_found',
      'relationshipIds.0:not_found',
      'memberIds.1:not_member',
      'actionItems.0.ownerId:not_member',
    ]);
    expect(response.body).not.toContain('Elsewhere');
    expect(pathsOf((await client.post(`${base}/interactions`, { kind: 'email' })).json())).toEqual([
      'partnerIds:required',
    ]);
    expect((await client.get(`${base}/interactions`)).json().items).toEqual([]);
  });

  it('edits with the version: lists given replace the stored ones, agenda items sent with their id keep it; stale edits get 412', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const a = await makePartner(client, base, 'Alpha');
    const b = await makePartner(client, base, 'Beta');
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [a.id],
      subject: 'Kick-off',
      agenda: [{ title: 'One' }, { title: 'Two' }],
    });
    const [one] = meeting.agenda as { id: string }[];
    const edited = await client.patch(`${base}/interactions/${meeting.id}`, {
      subject: 'Kick-off meeting',
      partnerIds: [b.id],
      agenda: [{ id: one?.id, title: 'One, renamed' }, { title: 'Three' }],
      durationMinutes: null,
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.headers.etag).toBe('2');
    expect(edited.json()).toMatchObject({
      version: 2,
      subject: 'Kick-off meeting',
      partners: [{ id: b.id }],
      agenda: [{ id: one?.id, title: 'One, renamed' }, { title: 'Three' }],
    });
    const stale = await client.patch(`${base}/interactions/${meeting.id}`, { subject: 'Lost update', version: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'stale_version', current: { subject: 'Kick-off meeting', version: 2 } });
    expect((await client.patch(`${base}/interactions/${meeting.id}`, { subject: 'x' })).json().errors[0]).toMatchObject(
      { path: 'version', rule: 'required' },
    );
    const viaHeader = await client.patch(
      `${base}/interactions/${meeting.id}`,
      { notes: '<p>ok</p>' },
      { 'if-match': '"2"' },
    );
    expect(viaHeader.json()).toMatchObject({ version: 3, notes: '<p>ok</p>', subject: 'Kick-off meeting' });
    const audit = (await client.get(`${base}/audit-log`))
      .json()
      .items.filter((e: { action: string }) => e.action === 'interaction.update');
    expect(audit[1].changes).toMatchObject({
      subject: { before: 'Kick-off', after: 'Kick-off meeting' },
      partnerIds: { before: [a.id], after: [b.id] },
    });
  });

  it('stores notes and minutes without scripts, handlers, images or script links', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const dirty =
      '<p onmouseover="x()">Hi<script>alert(1)</script><img src=x onerror="alert(1)"> <a href="javascript:alert(1)">click</a> <a href="https://acme.example">site</a></p>';
    const logged = await logInteraction(client, base, { partnerIds: [partner.id], notes: dirty, minutes: dirty });
    const clean =
      '<p>Hi <a>click</a> <a href="https://acme.example" rel="noopener noreferrer" target="_blank">site</a></p>'.replace(
        '<a>click</a>',
        'click',
      );
    expect(logged.notes).toBe(clean);
    expect(logged.minutes).toBe(clean);
    expect(logged.notesText).toBe('Hi click site');
    const edited = await client.patch(`${base}/interactions/${logged.id}`, {
      notes: '<b onclick="x">bold</b><iframe src="https://evil.example"></iframe>',
      version: 1,
    });
    expect(edited.json().notes).toBe('<b>bold</b>');
    for (const body of [JSON.stringify(logged), edited.body]) {
      for (const bad of ['<script', 'onerror', 'onmouseover', 'onclick', 'javascript:', '<img', '<iframe'])
        expect(body).not.toContain(bad);
    }
  });
});

describe('interactions: trash', () => {
  it('soft-deletes with its action items and restores exactly those; a trashed one takes no edits', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partner.id],
      actionItems: [{ title: 'Keep' }, { title: 'Deleted before' }],
    });
    const [keep, early] = meeting.actionItems as Created[];
    expect((await client.delete(`${base}/tasks/${early?.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    expect((await client.delete(`${base}/interactions/${meeting.id}`)).statusCode).toBe(400);
    expect((await client.delete(`${base}/interactions/${meeting.id}`, { 'if-match': '5' })).statusCode).toBe(412);
    expect((await client.delete(`${base}/interactions/${meeting.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    expect((await client.get(`${base}/interactions`)).json().items).toEqual([]);
    expect(ids((await client.get(`${base}/interactions?deleted=true`)).json())).toEqual([meeting.id]);
    expect((await client.get(`${base}/tasks`)).json().items).toEqual([]);
    expect((await client.get(`${base}/interactions/${meeting.id}`)).json().deletedAt).not.toBeNull();
    expect((await client.patch(`${base}/interactions/${meeting.id}`, { subject: 'x', version: 2 })).statusCode).toBe(
      404,
    );
    expect((await client.delete(`${base}/interactions/${meeting.id}`, { 'if-match': '2' })).statusCode).toBe(404);
    const restored = await client.post(`${base}/interactions/${meeting.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({
      deletedAt: null,
      version: 3,
      actionItems: [{ id: keep?.id, title: 'Keep' }],
    });
    expect((await client.post(`${base}/interactions/${meeting.id}/restore`)).statusCode).toBe(404);
    expect(ids((await client.get(`${base}/tasks`)).json())).toEqual([keep?.id]);
    const actions = (await client.get(`${base}/audit-log`)).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['interaction.delete', 'interaction.restore']));
  });
});

describe('interactions: trash retention', () => {
  it('purges interactions and tasks deleted more than 30 days ago, and keeps younger ones restorable', async () => {
    const { purgeTrash } = await import('../../derived/trash/index.js');
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const old = await logInteraction(client, base, { partnerIds: [partner.id], actionItems: [{ title: 'Old task' }] });
    const young = await logInteraction(client, base, { partnerIds: [partner.id] });
    for (const i of [old, young])
      expect((await client.delete(`${base}/interactions/${i.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    const actionItem = (old.actionItems as Created[])[0]?.id ?? '';
    const standalone = (await client.post(`${base}/tasks`, { title: 'Old standalone task' })).json();
    expect((await client.delete(`${base}/tasks/${standalone.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    const monthAgo = new Date(Date.now() - 31 * 86_400_000);
    await ctx.db.updateTable('interaction').set({ deletedAt: monthAgo }).where('id', '=', old.id).execute();
    await ctx.db
      .updateTable('task')
      .set({ deletedAt: monthAgo })
      .where('id', 'in', [actionItem, standalone.id])
      .execute();
    const removed = await purgeTrash(ctx.db, ctx.files);
    expect(removed.interaction).toBeGreaterThanOrEqual(1);
    expect(removed.task).toBeGreaterThanOrEqual(1);
    for (const url of [`interactions/${old.id}`, `tasks/${actionItem}`, `tasks/${standalone.id}`])
      expect((await client.get(`${base}/${url}`)).statusCode).toBe(404);
    expect((await client.post(`${base}/interactions/${young.id}/restore`)).statusCode).toBe(200);
  });
});

describe('interactions: the list', () => {
  it('lists newest first and filters by partner (also as participant), relationship (also its partner), member, kind, meeting and dates', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    await client.patch('/api/v1/me', { timeZone: 'America/New_York' });
    const { user: bob } = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const acme = await makePartner(client, base, 'Acme');
    const anna = await makePartner(client, base, 'Anna', { type: 'person' });
    const relationship = await makeRelationship(client, base, { partnerId: acme.id });
    const other = await makePartner(client, base, 'Other');
    const call = await logInteraction(client, base, {
      kind: 'phone_call',
      partnerIds: [acme.id],
      occurredAt: '2026-01-10T15:00:00Z',
    });
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      relationshipIds: [relationship.id],
      memberIds: [bob.id],
      occurredAt: '2026-01-12T15:00:00Z',
    });
    // 02:00 UTC on the 13th is still the 12th in New York.
    const email = await logInteraction(client, base, {
      kind: 'email',
      partnerIds: [other.id],
      personIds: [anna.id],
      occurredAt: '2026-01-13T02:00:00Z',
    });
    const list = async (query: string) => ids((await client.get(`${base}/interactions${query}`)).json());
    expect(await list('')).toEqual([email.id, meeting.id, call.id]);
    expect(await list(`?partner=${acme.id}`)).toEqual([meeting.id, call.id]);
    expect(await list(`?partner=${anna.id}`)).toEqual([email.id]);
    expect(await list(`?relationship=${relationship.id}`)).toEqual([meeting.id, call.id]);
    expect(await list(`?member=${bob.id}`)).toEqual([meeting.id]);
    expect(await list('?kind=email,phone_call')).toEqual([email.id, call.id]);
    expect(await list('?meeting=true')).toEqual([meeting.id]);
    expect(await list('?from=2026-01-12&to=2026-01-12')).toEqual([email.id, meeting.id]);
    expect(await list('?from=2026-01-11T00:00:00Z&to=2026-01-12T15:00:00Z')).toEqual([]);
    expect(await list('?to=2026-01-11')).toEqual([call.id]);

    const first = (await client.get(`${base}/interactions?limit=2`)).json();
    expect(ids(first)).toEqual([email.id, meeting.id]);
    const second = (await client.get(`${base}/interactions?limit=2&cursor=${first.nextCursor}`)).json();
    expect(ids(second)).toEqual([call.id]);
    expect(second.nextCursor).toBeNull();
    expect(pathsOf((await client.get(`${base}/interactions?cursor=nonsense`)).json())).toEqual([
      'cursor:invalid_format',
    ]);
    expect(pathsOf((await client.get(`${base}/interactions?kind=fax`)).json())).toEqual(['kind.0:invalid_value']);
    expect(pathsOf((await client.get(`${base}/interactions?colour=red`)).json())).toEqual(['colour:unknown_field']);
  });
});

describe('interactions, meetings and tasks: who may do what', () => {
  it('lets a viewer read everything and write nothing', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const partnerId = (relationship.partner as { id: string }).id;
    const interaction = await logInteraction(client, base, {
      partnerIds: [partnerId],
      actionItems: [{ title: 'Call back' }],
    });
    const task = (interaction.actionItems as Created[])[0];
    const series = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'monthly',
        startsAt: daysFromNow(3),
        subject: 'Monthly',
        partnerIds: [partnerId],
      })
    ).json();
    const { client: viewer } = await memberWithRole(ctx, workspace.id, 'viewer');
    const reads = [
      `${base}/interactions`,
      `${base}/interactions/${interaction.id}`,
      `${base}/tasks`,
      `${base}/tasks?mine=true`,
      `${base}/tasks/${task?.id}`,
      `${base}/meeting-series`,
      `${base}/meeting-series/${series.id}`,
      `${base}/partners/${partnerId}/timeline`,
      `${base}/relationships/${relationship.id}/timeline`,
    ];
    for (const path of reads) expect((await viewer.get(path)).statusCode, path).toBe(200);
    const writes = [
      () => viewer.post(`${base}/interactions`, { kind: 'email', partnerIds: [partnerId] }),
      () => viewer.patch(`${base}/interactions/${interaction.id}`, { subject: 'x', version: 1 }),
      () => viewer.delete(`${base}/interactions/${interaction.id}`, { 'if-match': '1' }),
      () => viewer.post(`${base}/interactions/${interaction.id}/restore`),
      () => viewer.post(`${base}/tasks`, { title: 'x' }),
      () => viewer.patch(`${base}/tasks/${task?.id}`, { status: 'done', version: 1 }),
      () => viewer.delete(`${base}/tasks/${task?.id}`, { 'if-match': '1' }),
      () => viewer.post(`${base}/tasks/${task?.id}/restore`),
      () =>
        viewer.post(`${base}/meeting-series`, {
          recurrence: 'weekly',
          startsAt: daysFromNow(1),
          subject: 'x',
          partnerIds: [partnerId],
        }),
      () => viewer.patch(`${base}/meeting-series/${series.id}`, { subject: 'x', version: 1 }),
      () => viewer.post(`${base}/meeting-series/${series.id}/stop`, { version: 1 }),
    ];
    for (const write of writes) {
      const response = await write();
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    expect((await client.get(`${base}/interactions/${interaction.id}`)).json().version).toBe(1);
  });

  it("answers 404 to another workspace on every endpoint, through its path or with its ids in one's own, leaks nothing and changes nothing", async () => {
    const a = await workspaceWithOwner(ctx);
    const b = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(b.client, b.base, { purpose: 'Secret purpose' }, 'Secret Supplier');
    const partnerId = (relationship.partner as { id: string }).id;
    const interaction = await logInteraction(b.client, b.base, {
      subject: 'Secret talk',
      relationshipIds: [relationship.id],
      actionItems: [{ title: 'Secret task' }],
    });
    const task = (interaction.actionItems as Created[])[0];
    const series = (
      await b.client.post(`${b.base}/meeting-series`, {
        recurrence: 'weekly',
        startsAt: daysFromNow(2),
        subject: 'Secret sync',
        partnerIds: [partnerId],
      })
    ).json();
    const before = {
      interaction: (await b.client.get(`${b.base}/interactions/${interaction.id}`)).json(),
      task: (await b.client.get(`${b.base}/tasks/${task?.id}`)).json(),
      series: (await b.client.get(`${b.base}/meeting-series/${series.id}`)).json(),
      relationship: (await b.client.get(`${b.base}/relationships/${relationship.id}`)).json(),
    };
    const calls = [
      ...[a.base, b.base].flatMap((base) => [
        () => a.client.get(`${base}/interactions/${interaction.id}`),
        () => a.client.patch(`${base}/interactions/${interaction.id}`, { subject: 'Hijack', version: 1 }),
        () => a.client.delete(`${base}/interactions/${interaction.id}`, { 'if-match': '1' }),
        () => a.client.post(`${base}/interactions/${interaction.id}/restore`),
        () => a.client.get(`${base}/tasks/${task?.id}`),
        () => a.client.patch(`${base}/tasks/${task?.id}`, { status: 'done', version: 1 }),
        () => a.client.delete(`${base}/tasks/${task?.id}`, { 'if-match': '1' }),
        () => a.client.post(`${base}/tasks/${task?.id}/restore`),
        () => a.client.get(`${base}/meeting-series/${series.id}`),
        () => a.client.patch(`${base}/meeting-series/${series.id}`, { subject: 'Hijack', version: 1 }),
        () => a.client.post(`${base}/meeting-series/${series.id}/stop`, { version: 1 }),
        () => a.client.get(`${base}/partners/${partnerId}/timeline`),
        () => a.client.get(`${base}/relationships/${relationship.id}/timeline`),
      ]),
      () => a.client.get(`${b.base}/interactions`),
      () => a.client.post(`${b.base}/interactions`, { kind: 'email', partnerIds: [partnerId] }),
      () => a.client.get(`${b.base}/tasks?mine=true`),
      () => a.client.post(`${b.base}/tasks`, { title: 'Intrude' }),
      () => a.client.get(`${b.base}/meeting-series`),
      () =>
        a.client.post(`${b.base}/meeting-series`, {
          recurrence: 'weekly',
          startsAt: daysFromNow(1),
          subject: 'Intrude',
          partnerIds: [partnerId],
        }),
      // A's own workspace with B's ids: they are simply unknown there.
      () =>
        a.client.post(`${a.base}/interactions`, {
          kind: 'email',
          partnerIds: [partnerId],
          relationshipIds: [relationship.id],
        }),
      () =>
        a.client.post(`${a.base}/tasks`, {
          title: 'x',
          interactionId: interaction.id,
          relationshipId: relationship.id,
          partnerId,
        }),
      () => a.client.get(`${a.base}/interactions?partner=${partnerId}`),
      () => a.client.get(`${a.base}/tasks?interaction=${interaction.id}`),
    ];
    for (const call of calls) {
      const response = await call();
      if (response.statusCode === 400)
        expect(pathsOf(response.json()).every((p) => p.endsWith(':not_found'))).toBe(true);
      else if (response.statusCode === 200) expect(response.json().items).toEqual([]);
      else expect(response.statusCode, response.body).toBe(404);
      expect(response.body).not.toContain('Secret');
    }
    expect((await b.client.get(`${b.base}/interactions/${interaction.id}`)).json()).toEqual(before.interaction);
    expect((await b.client.get(`${b.base}/tasks/${task?.id}`)).json()).toEqual(before.task);
    expect((await b.client.get(`${b.base}/meeting-series/${series.id}`)).json()).toMatchObject({
      ...before.series,
      nextOccurrences: expect.any(Array),
    });
    expect((await b.client.get(`${b.base}/relationships/${relationship.id}`)).json().lastContactAt).toBe(
      before.relationship.lastContactAt,
    );
  });
});

describe('interactions in the API description', () => {
  it('describes every operation with its response', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    };
    const w = '/api/v1/w/{workspaceId}';
    const operations: [string, string][] = [
      [`${w}/interactions`, 'get'],
      [`${w}/interactions`, 'post'],
      [`${w}/interactions/{interactionId}`, 'get'],
      [`${w}/interactions/{interactionId}`, 'patch'],
      [`${w}/interactions/{interactionId}`, 'delete'],
      [`${w}/interactions/{interactionId}/restore`, 'post'],
      [`${w}/tasks`, 'get'],
      [`${w}/tasks`, 'post'],
      [`${w}/tasks/{taskId}`, 'get'],
      [`${w}/tasks/{taskId}`, 'patch'],
      [`${w}/tasks/{taskId}`, 'delete'],
      [`${w}/tasks/{taskId}/restore`, 'post'],
      [`${w}/meeting-series`, 'get'],
      [`${w}/meeting-series`, 'post'],
      [`${w}/meeting-series/{seriesId}`, 'get'],
      [`${w}/meeting-series/{seriesId}`, 'patch'],
      [`${w}/meeting-series/{seriesId}/stop`, 'post'],
      [`${w}/partners/{partnerId}/timeline`, 'get'],
      [`${w}/relationships/{relationshipId}/timeline`, 'get'],
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
