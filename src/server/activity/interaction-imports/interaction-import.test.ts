import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { logInteraction, makePartner, makeRelationship } from '../../test/interactions.js';
import { finished } from '../../test/imports.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Interaction = {
  id: string;
  kind: string;
  occurredAt: string;
  timeZone: string;
  subject: string;
  notes: string;
  notesText: string;
  durationMinutes: number | null;
  direction: string | null;
  partners: { id: string }[];
  people: { id: string }[];
  members: { id: string }[];
};

const uploadHistory = (client: Client, base: string, csv: string) =>
  client.post(`${base}/imports?target=interactions&filename=history.csv`, csv, { 'content-type': 'text/csv' });

async function importHistory(client: Client, base: string, csv: string, mapping?: Record<string, string | null>) {
  const uploaded = await uploadHistory(client, base, csv);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const started = await client.post(`${base}/imports/${uploaded.json().id}/start`, mapping ? { mapping } : {});
  expect(started.statusCode, started.body).toBe(202);
  return finished(client, base, uploaded.json().id as string);
}

async function interactions(client: Client, base: string, query = ''): Promise<Interaction[]> {
  return (await client.get(`${base}/interactions?limit=200${query}`)).json().items as Interaction[];
}

describe('import of past interactions', () => {
  it('imports rows of every kind, names partners by email or name, reads times in the importer’s zone, and sets last contact', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    await client.patch('/api/v1/me', { timeZone: 'Europe/Moscow' });
    const acme = await makePartner(client, base, 'ООО Ромашка', {
      contacts: [{ channel: 'email', value: 'info@romashka.ru' }],
    });
    const an = await makePartner(client, base, 'Nguyễn Văn An', { type: 'person' });
    const relationship = await makeRelationship(client, base, { partnerId: acme.id });
    const csv = [
      'Дата,Время,Тип,Партнер,Тема,Комментарий,Длительность,Направление',
      '10.03.2026,14:30,звонок,INFO@romashka.ru,Цены,"Обсудили цены\nи сроки",30,исходящий',
      '2026-04-02,,cuộc gọi video,nguyen van an,Demo,,1:15,inbound',
      '05/04/2026,09:00,meeting,ООО Ромашка; Nguyễn Văn An,Kick-off,<b>not html</b>,,',
      '2026-04-06T08:00:00+07:00,,email,info@romashka.ru,,,,',
    ].join('\n');
    const uploaded = await uploadHistory(client, base, csv);
    expect(uploaded.json()).toMatchObject({
      target: 'interactions',
      format: 'csv',
      rowCount: 4,
      suggestedMapping: {
        Дата: 'date',
        Время: 'time',
        Тип: 'kind',
        Партнер: 'partner',
        Тема: 'subject',
        Комментарий: 'notes',
        Длительность: 'duration',
        Направление: 'direction',
      },
    });
    // 05/04/2026 could be either way; the file does not say, so the order is answered.
    expect(uploaded.json().dates).toEqual([{ column: 'Дата', order: 'ambiguous', example: '05/04/2026' }]);
    await client.post(`${base}/imports/${uploaded.json().id}/start`, { dateOrder: 'day_first' });
    const job = await finished(client, base, uploaded.json().id);
    expect(job).toMatchObject({
      target: 'interactions',
      status: 'done',
      rowCount: 4,
      processed: 4,
      imported: 4,
      failed: 0,
      errors: [],
    });

    const list = await interactions(client, base);
    expect(list.map((i) => [i.kind, i.occurredAt, i.subject])).toEqual([
      ['email', '2026-04-06T01:00:00.000Z', ''],
      ['meeting', '2026-04-05T06:00:00.000Z', 'Kick-off'],
      // No time: noon in the importer's zone.
      ['video_call', '2026-04-02T09:00:00.000Z', 'Demo'],
      ['phone_call', '2026-03-10T11:30:00.000Z', 'Цены'],
    ]);
    const [email, meeting, video, call] = list as [Interaction, Interaction, Interaction, Interaction];
    expect(call).toMatchObject({
      timeZone: 'Europe/Moscow',
      durationMinutes: 30,
      direction: 'outbound',
      notesText: 'Обсудили цены\nи сроки',
      partners: [{ id: acme.id }],
      people: [],
      members: [{ id: owner.id }],
    });
    expect(video).toMatchObject({ durationMinutes: 75, direction: 'inbound', partners: [], people: [{ id: an.id }] });
    expect(meeting).toMatchObject({
      partners: [{ id: acme.id }],
      people: [{ id: an.id }],
      notes: '<p>&lt;b&gt;not html&lt;/b&gt;</p>',
    });
    expect(email.partners).toEqual([expect.objectContaining({ id: acme.id })]);
    expect((await client.get(`${base}/relationships/${relationship.id}`)).json().lastContactAt).toBe(
      '2026-04-06T01:00:00.000Z',
    );
    const audit = (await client.get(`${base}/audit-log`)).json().items;
    expect(audit.filter((e: { action: string }) => e.action === 'import.run')).toEqual([
      expect.objectContaining({
        entityId: job.id,
        changes: expect.objectContaining({ imported: { before: null, after: 4 } }),
      }),
    ]);
  });

  it('reports each bad row with its line, field and rule, and imports the good ones', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await makePartner(client, base, 'Acme', { contacts: [{ channel: 'email', value: 'hello@acme.com' }] });
    await makePartner(client, base, 'Twin Ltd');
    await makePartner(client, base, 'Twin Ltd');
    const csv = [
      'date,time,kind,partner,subject,notes,duration,direction',
      '2026-01-05,10:00,email,hello@acme.com,Good one,,,', // 2
      ',10:00,email,Acme,No date,,,', // 3
      '31.02.2026,,email,Acme,Impossible date,,,', // 4
      '2026-01-06,25:99,email,Acme,Bad time,,,', // 5
      '2026-01-07,,carrier pigeon,Acme,Bad kind,,,', // 6
      '2026-01-08,,email,Nobody Inc,Unknown partner,,,', // 7
      '2026-01-09,,email,nobody@nowhere.com,Unknown email,,,', // 8
      '2026-01-10,,email,Twin Ltd,Ambiguous,,,', // 9
      '2026-01-11,,email,,No partner,,,', // 10
      `2026-01-12,,email,Acme,${'x'.repeat(501)},,,`, // 11
      '2026-01-13,,email,Acme,Bad duration,"two\nlines",forever,', // 12 (two lines)
      '2026-01-14,,email,Acme,Bad direction,,,sideways', // 14
      '2026-01-15,,email,Acme,Too long,,20161,', // 15
      '2026-01-16,,phone,Acme,Good two,,,', // 16
    ].join('\n');
    const job = await importHistory(client, base, csv);
    expect(job).toMatchObject({ status: 'done', rowCount: 14, imported: 2, failed: 12 });
    expect(job.errors.map((e) => [e.line, e.field, e.rule])).toEqual([
      [3, 'date', 'required'],
      [4, 'date', 'invalid_date'],
      [5, 'time', 'invalid_format'],
      [6, 'kind', 'invalid_value'],
      [7, 'partner', 'not_found'],
      [8, 'partner', 'not_found'],
      [9, 'partner', 'ambiguous'],
      [10, 'partner', 'required'],
      [11, 'subject', 'too_long'],
      [12, 'duration', 'invalid_format'],
      [14, 'direction', 'invalid_value'],
      [15, 'duration', 'too_big'],
    ]);
    expect((await interactions(client, base)).map((i) => i.subject)).toEqual(['Good two', 'Good one']);
  });

  it('reports every problem of a row, not only the first', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const job = await importHistory(client, base, 'date,kind,partner\nsoon,pigeon,Nobody\n');
    expect(job.errors.map((e) => [e.line, e.field, e.rule])).toEqual([
      [2, 'date', 'invalid_date'],
      [2, 'kind', 'invalid_value'],
      [2, 'partner', 'not_found'],
    ]);
  });

  it('lists rows already logged (same partner, same time) as possible duplicates, and imports them anyway', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await makePartner(client, base, 'Acme');
    const csv =
      'date,time,kind,partner\n2026-02-01,10:00,email,Acme\n2026-02-02,10:00,email,Acme\n2026-02-02,10:00,phone,Acme\n';
    const first = await importHistory(client, base, csv);
    expect(first.errors.map((e) => [e.line, e.field, e.rule])).toEqual([[4, 'partner', 'possible_duplicate']]);
    const second = await importHistory(client, base, csv);
    expect(second).toMatchObject({ imported: 3, failed: 0 });
    expect(second.errors.map((e) => [e.line, e.rule])).toEqual([
      [2, 'possible_duplicate'],
      [3, 'possible_duplicate'],
      [4, 'possible_duplicate'],
    ]);
  });

  it('undo moves the imported interactions to the trash and last contact goes back to what it was', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const acme = await makePartner(client, base, 'Acme');
    const relationship = await makeRelationship(client, base, { partnerId: acme.id });
    const logged = await logInteraction(client, base, { partnerIds: [acme.id], occurredAt: '2026-01-01T10:00:00Z' });
    const job = await importHistory(
      client,
      base,
      'date,kind,partner\n2026-02-01,email,Acme\n2026-03-01,meeting,Acme\n',
    );
    expect(job.imported).toBe(2);
    expect((await client.get(`${base}/relationships/${relationship.id}`)).json().lastContactAt).toBe(
      '2026-03-01T12:00:00.000Z',
    );
    const undone = await client.post(`${base}/imports/${job.id}/undo`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ target: 'interactions', status: 'undone' });
    expect((await interactions(client, base)).map((i) => i.id)).toEqual([logged.id]);
    expect((await interactions(client, base, '&deleted=true')).length).toBe(2);
    expect((await client.get(`${base}/relationships/${relationship.id}`)).json().lastContactAt).toBe(
      '2026-01-01T10:00:00.000Z',
    );
    expect((await client.post(`${base}/imports/${job.id}/undo`)).statusCode).toBe(409);
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'import.undo',
      entityId: job.id,
      changes: { interactionsRemoved: { after: 2 } },
    });
  });

  it('checks the mapping against the target, refuses vCards, and keeps the viewer out', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const id = (await uploadHistory(client, base, 'When,Who,Email\n2026-01-01,Acme,a@x.com\n')).json().id;
    const partnerField = await client.post(`${base}/imports/${id}/start`, {
      mapping: { When: 'date', Who: 'partner', Email: 'email' },
    });
    expect(partnerField.statusCode).toBe(400);
    expect(partnerField.json().errors).toEqual([
      expect.objectContaining({ path: 'mapping.Email', rule: 'invalid_value' }),
    ]);
    const noDate = await client.post(`${base}/imports/${id}/start`, {
      mapping: { When: null, Who: 'partner', Email: null },
    });
    expect(noDate.json().errors).toEqual([
      expect.objectContaining({ path: 'mapping', rule: 'required', params: { fields: ['date'] } }),
    ]);
    const vcard = await client.post(
      `${base}/imports?target=interactions`,
      'BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n',
      { 'content-type': 'text/vcard' },
    );
    expect(vcard.statusCode).toBe(400);
    expect(vcard.json().errors[0]).toMatchObject({ path: 'file', rule: 'invalid_format' });
    // A partner import still refuses an interaction field.
    const partnersJob = (
      await client.post(`${base}/imports?filename=p.csv`, 'name,date\nA,2026-01-01\n', { 'content-type': 'text/csv' })
    ).json().id;
    expect(
      (await client.post(`${base}/imports/${partnersJob}/start`, { mapping: { name: 'name', date: 'date' } })).json()
        .errors[0],
    ).toMatchObject({ path: 'mapping.date', rule: 'invalid_value' });
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await uploadHistory(viewer.client, base, 'date,partner\n2026-01-01,Acme\n')).statusCode).toBe(403);
  });
});
