import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type Client, type TestContext } from '../../test/harness.js';
import { makePartner } from '../../test/interactions.js';
import { finished, importFixture } from '../../test/imports.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Interaction = { occurredAt: string; subject: string; durationMinutes: number | null; notesText: string };

const uploadHistory = (client: Client, base: string, csv: string) =>
  client.post(`${base}/imports?target=interactions&filename=calendar.csv`, csv, { 'content-type': 'text/csv' });

async function directory(client: Client, base: string) {
  await client.patch('/api/v1/me', { timeZone: 'UTC' });
  await makePartner(client, base, 'ООО Ромашка', { contacts: [{ channel: 'email', value: 'info@romashka.ru' }] });
  await makePartner(client, base, 'Nguyễn Văn An', { type: 'person' });
}

const interactions = async (client: Client, base: string) =>
  ((await client.get(`${base}/interactions?limit=200`)).json().items as Interaction[])
    .map((i) => [i.subject, i.occurredAt, i.durationMinutes])
    .sort();

describe('dates of an interaction import', () => {
  it('an Outlook calendar export: separate date and time columns, 12-hour times, ambiguous dates asked, end gives the duration', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await directory(client, base);
    const uploaded = await uploadHistory(client, base, importFixture('outlook-calendar.csv'));
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const body = uploaded.json();
    expect(body.suggestedMapping).toMatchObject({
      Subject: 'subject',
      'Start Date': 'date',
      'Start Time': 'time',
      'End Date': 'end',
      'End Time': 'endTime',
      'All day event': null,
      'Reminder Date': null,
      'Required Attendees': 'partner',
      Description: 'notes',
    });
    expect(body.dates).toContainEqual({ column: 'Start Date', order: 'ambiguous', example: '3/4/2024' });
    expect(body.dates).toContainEqual({ column: 'End Date', order: 'ambiguous', example: '3/4/2024' });

    // Never a silent choice: without an answer the start is refused, naming dateOrder.
    const unanswered = await client.post(`${base}/imports/${body.id}/start`, {});
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.json().errors[0]).toMatchObject({ path: 'dateOrder', rule: 'required' });
    const wrong = await client.post(`${base}/imports/${body.id}/start`, { dateOrder: 'year_first' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('dateOrder');

    expect((await client.post(`${base}/imports/${body.id}/start`, { dateOrder: 'month_first' })).statusCode).toBe(202);
    expect(await finished(client, base, body.id)).toMatchObject({ status: 'done', imported: 3, failed: 0 });
    expect(await interactions(client, base)).toEqual([
      ['Kick-off meeting', '2024-05-06T09:00:00.000Z', 90],
      // 3/4/2024 2:00 PM month first: March 4.
      ['Pricing call', '2024-03-04T14:00:00.000Z', 45],
      ['Site visit', '2024-10-11T11:00:00.000Z', 120],
    ]);
  });

  it('day first, as answered, reads 3/4/2024 2:00 PM as 3 April', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await directory(client, base);
    const id = (await uploadHistory(client, base, importFixture('outlook-calendar.csv'))).json().id;
    await client.post(`${base}/imports/${id}/start`, { dateOrder: 'day_first' });
    await finished(client, base, id);
    expect((await interactions(client, base))[1]).toEqual(['Pricing call', '2024-04-03T14:00:00.000Z', 45]);
  });

  it('a day above 12 settles the order: 3/15/2024 month first, 15/3/2024 day first, without asking', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await directory(client, base);
    const monthFirst = (
      await uploadHistory(
        client,
        base,
        'Date,Partner,Subject\n3/4/2024,info@romashka.ru,A\n3/15/2024 2:00 pm,info@romashka.ru,B\n',
      )
    ).json();
    expect(monthFirst.dates).toEqual([{ column: 'Date', order: 'month_first', example: '3/15/2024 2:00 pm' }]);
    await client.post(`${base}/imports/${monthFirst.id}/start`, {});
    await finished(client, base, monthFirst.id);
    const dayFirst = (
      await uploadHistory(
        client,
        base,
        'Date,Partner,Subject\n3/4/2024,info@romashka.ru,C\n15/3/2024 2PM,info@romashka.ru,D\n',
      )
    ).json();
    expect(dayFirst.dates).toEqual([{ column: 'Date', order: 'day_first', example: '15/3/2024 2PM' }]);
    // An answer does not overrule what the file settles.
    await client.post(`${base}/imports/${dayFirst.id}/start`, { dateOrder: 'month_first' });
    await finished(client, base, dayFirst.id);
    expect(await interactions(client, base)).toEqual([
      ['A', '2024-03-04T12:00:00.000Z', null],
      ['B', '2024-03-15T14:00:00.000Z', null],
      ['C', '2024-04-03T12:00:00.000Z', null],
      ['D', '2024-03-15T14:00:00.000Z', null],
    ]);
  });

  it('a column with dates both ways is refused, naming the column and quoting both', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const csv = 'When,Partner\n15/3/2024,info@romashka.ru\n3/15/2024,info@romashka.ru\n';
    const body = (await uploadHistory(client, base, csv)).json();
    expect(body.dates).toEqual([{ column: 'When', order: 'mixed', example: '15/3/2024', conflicting: '3/15/2024' }]);
    const started = await client.post(`${base}/imports/${body.id}/start`, { dateOrder: 'day_first' });
    expect(started.statusCode).toBe(400);
    expect(started.json().errors).toEqual([
      expect.objectContaining({
        path: 'mapping.When',
        rule: 'mixed_date_order',
        message: expect.stringContaining('"3/15/2024"'),
      }),
    ]);
  });

  it('a row ending before it starts is a row error naming the column and quoting the value', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await directory(client, base);
    const csv =
      'Start,Finish,Partner\n2024-03-04 14:00,2024-03-04 13:30,info@romashka.ru\n2024-03-05 09:00,2024-03-05 09:20,info@romashka.ru\n';
    const body = (await uploadHistory(client, base, csv)).json();
    expect(body.suggestedMapping).toEqual({ Start: 'date', Finish: 'end', Partner: 'partner' });
    await client.post(`${base}/imports/${body.id}/start`, {});
    const job = await finished(client, base, body.id);
    expect(job).toMatchObject({ imported: 1, failed: 1 });
    expect(job.errors).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'end',
        rule: 'before_start',
        column: 'Finish',
        value: '2024-03-04 13:30',
      }),
    ]);
    expect(await interactions(client, base)).toEqual([['', '2024-03-05T09:00:00.000Z', 20]]);
  });
});
