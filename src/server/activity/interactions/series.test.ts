import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type Client, type TestContext } from '../../test/harness.js';
import { materializeDueSeries } from './materialize.js';
import { instantOf } from './recurrence.js';
import { daysFromNow, logInteraction, makePartner, makeRelationship, pathsOf } from '../../test/interactions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Occurrence = { id: string; version: number; occurredAt: string; subject: string; deletedAt: string | null };
const DAY = 86_400_000;
// A year that is always ahead of the test run, so its March daylight-saving change is too.
const YEAR = new Date().getUTCFullYear() + 1;

/** Local "YYYY-MM-DD HH:MM Www" of an instant in a time zone. */
function local(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const p = (type: string) => parts.find((x) => x.type === type)?.value;
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')} ${p('weekday')}`;
}

/** Every occurrence of a series, oldest first (trashed ones too with deleted=true). */
async function occurrences(client: Client, base: string, seriesId: string, deleted = false): Promise<Occurrence[]> {
  const items = (
    await client.get(`${base}/interactions?series=${seriesId}&limit=200${deleted ? '&deleted=true' : ''}`)
  ).json().items as Occurrence[];
  return items.reverse();
}

describe('recurring meetings: creating occurrences', () => {
  it('creates the occurrences of the next 90 days at once, as meetings with the template’s agenda and participants', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base, {}, 'Acme');
    const startsAt = daysFromNow(2);
    const created = await client.post(`${base}/meeting-series`, {
      recurrence: 'weekly',
      startsAt,
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      subject: 'Progress meeting',
      agenda: [{ title: 'Goals' }, { title: 'Problems', notes: 'solve them' }],
      relationshipIds: [relationship.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const series = created.json();
    expect(created.headers.location).toBe(`${base}/meeting-series/${series.id}`);
    expect(series).toMatchObject({
      version: 1,
      recurrence: 'weekly',
      interval: 1,
      timeZone: 'Europe/Berlin',
      kind: 'meeting',
      subject: 'Progress meeting',
      relationships: [{ id: relationship.id, partnerName: 'Acme' }],
      partners: [{ id: (relationship.partner as { id: string }).id, name: 'Acme' }],
      members: [{ id: owner.id, name: 'Olga Owner' }],
      stoppedAt: null,
    });
    expect(series.nextOccurrences).toHaveLength(5);
    const held = await occurrences(client, base, series.id);
    expect(held.length).toBeGreaterThanOrEqual(12);
    expect(held.length).toBeLessThanOrEqual(13);
    expect(held[0]?.occurredAt).toBe(series.nextOccurrences[0]);
    expect(
      held.every((o) => Date.parse(o.occurredAt) > Date.now() && Date.parse(o.occurredAt) <= Date.now() + 90 * DAY),
    ).toBe(true);
    const weekday = local(held[0]?.occurredAt ?? '', 'Europe/Berlin').slice(-9);
    expect(held.every((o) => local(o.occurredAt, 'Europe/Berlin').endsWith(weekday))).toBe(true);
    const first = (await client.get(`${base}/interactions/${held[0]?.id}`)).json();
    expect(first).toMatchObject({
      kind: 'meeting',
      isMeeting: true,
      planned: true,
      subject: 'Progress meeting',
      durationMinutes: 30,
      seriesId: series.id,
      agenda: [{ title: 'Goals' }, { title: 'Problems', notes: 'solve them' }],
      relationships: [{ id: relationship.id }],
      members: [{ id: owner.id }],
    });
    const audit = (await client.get(`${base}/audit-log`))
      .json()
      .items.find((e: { action: string }) => e.action === 'meeting_series.create');
    expect(audit.changes.occurrences).toEqual({ before: null, after: held.length });
    // Planned occurrences are not contacts yet.
    expect((await client.get(`${base}/relationships/${relationship.id}`)).json().lastContactAt).toBeNull();
  });

  it('keeps a weekly meeting at 10:00 Berlin time across the change to summer time, without doubles however often the job runs', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    // The Monday on or before 2 March of YEAR, 10:00 in Berlin (winter time).
    const march2 = new Date(Date.UTC(YEAR, 2, 2));
    const monday = new Date(march2.getTime() - ((march2.getUTCDay() + 6) % 7) * DAY);
    const startsAt = instantOf(
      { year: YEAR, month: monday.getUTCMonth() + 1, day: monday.getUTCDate(), hour: 10, minute: 0 },
      'Europe/Berlin',
    );
    const series = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'weekly',
        startsAt: startsAt.toISOString(),
        timeZone: 'Europe/Berlin',
        subject: 'Weekly',
        partnerIds: [partner.id],
        count: 8,
      })
    ).json();

    const later = new Date(Date.UTC(YEAR, 1, 20));
    await Promise.all([materializeDueSeries(ctx.db, later), materializeDueSeries(ctx.db, later)]);
    expect(await materializeDueSeries(ctx.db, later)).toBe(0);
    await materializeDueSeries(ctx.db, new Date(Date.UTC(YEAR, 3, 1)));
    const held = await occurrences(client, base, series.id);
    expect(held).toHaveLength(8);
    expect(new Set(held.map((o) => o.occurredAt)).size).toBe(8);
    expect(held.map((o) => local(o.occurredAt, 'Europe/Berlin').slice(11))).toEqual(Array(8).fill('10:00 Mon'));
    // Before the last Sunday of March the meeting is at 09:00 UTC, after it at 08:00 UTC.
    const utcHours = held.map((o) => new Date(o.occurredAt).getUTCHours());
    expect(utcHours[0]).toBe(9);
    expect(utcHours[7]).toBe(8);
    expect([...utcHours].sort((a, b) => b - a)).toEqual(utcHours);
    // Every occurrence was created once, by the POST or by one of the runs, and logged where it was.
    const entries = (await client.get(`${base}/audit-log`)).json().items as {
      action: string;
      changes: { occurrences: { after: number } };
    }[];
    const logged = entries
      .filter((e) => e.action === 'meeting_series.create' || e.action === 'meeting_series.materialize')
      .map((e) => e.changes.occurrences.after);
    expect(logged.reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('repeats monthly and quarterly on the same local day and time in New York across both clock changes', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const startsAt = instantOf({ year: YEAR, month: 1, day: 20, hour: 9, minute: 0 }, 'America/New_York').toISOString();
    const monthly = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'monthly',
        startsAt,
        timeZone: 'America/New_York',
        subject: 'Monthly',
        partnerIds: [partner.id],
        until: `${YEAR}-04-30`,
      })
    ).json();
    const quarterly = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'quarterly',
        startsAt,
        timeZone: 'America/New_York',
        subject: 'Quarterly',
        partnerIds: [partner.id],
        count: 5,
      })
    ).json();
    for (const month of [2, 5, 8, 11, 14]) await materializeDueSeries(ctx.db, new Date(Date.UTC(YEAR, month, 1)));
    const monthlyHeld = await occurrences(client, base, monthly.id);
    expect(monthlyHeld.map((o) => local(o.occurredAt, 'America/New_York').slice(0, 16))).toEqual([
      `${YEAR}-01-20 09:00`,
      `${YEAR}-02-20 09:00`,
      `${YEAR}-03-20 09:00`,
      `${YEAR}-04-20 09:00`,
    ]);
    expect(monthlyHeld.map((o) => new Date(o.occurredAt).getUTCHours())).toEqual([14, 14, 13, 13]);
    const quarterlyHeld = await occurrences(client, base, quarterly.id);
    expect(quarterlyHeld.map((o) => local(o.occurredAt, 'America/New_York').slice(0, 16))).toEqual([
      `${YEAR}-01-20 09:00`,
      `${YEAR}-04-20 09:00`,
      `${YEAR}-07-20 09:00`,
      `${YEAR}-10-20 09:00`,
      `${YEAR + 1}-01-20 09:00`,
    ]);
  });
});

describe('recurring meetings: editing and stopping', () => {
  it('re-creates the upcoming occurrences nobody touched from the new template, and keeps edited and cancelled ones', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const series = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'weekly',
        startsAt: daysFromNow(1),
        timeZone: 'UTC',
        subject: 'Sync',
        partnerIds: [partner.id],
      })
    ).json();
    const [first, second, third] = await occurrences(client, base, series.id);
    await client.patch(`${base}/interactions/${first?.id}`, { subject: 'Sync, with the CEO', version: 1 });
    await client.delete(`${base}/interactions/${second?.id}`, { 'if-match': '1' });
    const edited = await client.patch(`${base}/meeting-series/${series.id}`, {
      subject: 'Weekly sync',
      durationMinutes: 45,
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ subject: 'Weekly sync', durationMinutes: 45, version: 2 });
    const held = await occurrences(client, base, series.id);
    expect(held[0]).toMatchObject({ id: first?.id, subject: 'Sync, with the CEO' });
    expect(held.map((o) => o.occurredAt)).not.toContain(second?.occurredAt);
    expect(held[1]).toMatchObject({ occurredAt: third?.occurredAt, subject: 'Weekly sync' });
    expect(held[1]?.id).not.toBe(third?.id);
    expect((await client.get(`${base}/interactions/${third?.id}`)).statusCode).toBe(404);
    expect((await occurrences(client, base, series.id, true)).map((o) => o.id)).toEqual([second?.id]);
    const audit = (await client.get(`${base}/audit-log`))
      .json()
      .items.find((e: { action: string }) => e.action === 'meeting_series.update');
    expect(audit.changes).toMatchObject({
      subject: { before: 'Sync', after: 'Weekly sync' },
      occurrences: { before: held.length - 1, after: held.length - 1 },
    });
    const stale = await client.patch(`${base}/meeting-series/${series.id}`, { subject: 'Lost', version: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'stale_version', current: { subject: 'Weekly sync', version: 2 } });
  });

  it('stops: no further occurrences, upcoming ones to the trash, past ones kept; a stopped series takes no edits', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const series = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'monthly',
        startsAt: daysFromNow(-40),
        timeZone: 'UTC',
        subject: 'Monthly',
        partnerIds: [partner.id],
      })
    ).json();
    // Only occurrences from now on are created, never ones already past.
    const held = await occurrences(client, base, series.id);
    expect(held.length).toBeGreaterThanOrEqual(2);
    expect(held.every((o) => Date.parse(o.occurredAt) > Date.now())).toBe(true);
    const past = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partner.id],
      occurredAt: daysFromNow(-1),
    });
    expect((await client.post(`${base}/meeting-series/${series.id}/stop`, {})).statusCode).toBe(400);
    expect((await client.post(`${base}/meeting-series/${series.id}/stop`, { version: 7 })).statusCode).toBe(412);
    const stopped = await client.post(`${base}/meeting-series/${series.id}/stop`, undefined, { 'if-match': '1' });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json()).toMatchObject({ version: 2, stoppedAt: expect.any(String), nextOccurrences: [] });
    expect(await occurrences(client, base, series.id)).toEqual([]);
    expect((await occurrences(client, base, series.id, true)).map((o) => o.id)).toEqual(held.map((o) => o.id));
    expect((await client.get(`${base}/interactions/${past.id}`)).json().deletedAt).toBeNull();
    await materializeDueSeries(ctx.db, new Date(Date.now() + 400 * DAY));
    expect(await occurrences(client, base, series.id)).toEqual([]);
    const edit = await client.patch(`${base}/meeting-series/${series.id}`, { subject: 'x', version: 2 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('conflict');
    expect((await client.post(`${base}/meeting-series/${series.id}/stop`, { version: 2 })).statusCode).toBe(409);
    expect(
      (await client.get(`${base}/meeting-series?stopped=true`)).json().items.map((s: { id: string }) => s.id),
    ).toEqual([series.id]);
    expect((await client.get(`${base}/meeting-series?stopped=false`)).json().items).toEqual([]);
  });

  it('names every bad field of a series', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx);
    const foreign = await makePartner(other.client, other.base, 'Far');
    const partner = await makePartner(client, base, 'Acme');
    const shape = await client.post(`${base}/meeting-series`, {
      recurrence: 'daily',
      interval: 0,
      startsAt: 'soon',
      timeZone: 'Nowhere/Town',
      count: 0,
      until: '2026-02-30',
      subject: '',
      partnerIds: [partner.id],
    });
    expect(shape.statusCode).toBe(400);
    expect(pathsOf(shape.json())).toEqual(
      expect.arrayContaining([
        'recurrence:invalid_value',
        'interval:too_small',
        'startsAt:invalid_format',
        'timeZone:custom',
        'count:too_small',
        'until:invalid_format',
        'subject:required',
      ]),
    );
    const refs = await client.post(`${base}/meeting-series`, {
      recurrence: 'weekly',
      startsAt: daysFromNow(1),
      subject: 'x',
      partnerIds: [foreign.id],
      memberIds: [other.owner.id],
    });
    expect(pathsOf(refs.json())).toEqual(['partnerIds.0:not_found', 'memberIds.0:not_member']);
    const until = await client.post(`${base}/meeting-series`, {
      recurrence: 'weekly',
      startsAt: '2026-06-10T10:00:00Z',
      until: '2026-06-01',
      subject: 'x',
      partnerIds: [partner.id],
    });
    expect(pathsOf(until.json())).toEqual(['until:invalid_value']);
    expect((await client.get(`${base}/meeting-series`)).json().items).toEqual([]);
  });
});
