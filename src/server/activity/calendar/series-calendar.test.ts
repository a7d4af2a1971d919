import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantOf } from '../../platform/core/index.js';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { daysFromNow, logInteraction, makePartner } from '../../test/interactions.js';
import { materializeDueSeries, occurrencesBetween } from '../interactions/index.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

// A year always ahead of the test run, so its March change to summer time is too.
const YEAR = new Date().getUTCFullYear() + 1;
/** Punctuation iCalendar escapes, a line break, and text in Vietnamese, Russian and Persian. */
const LOCATION = 'Phòng họp 3, tầng 2; Hà Nội\nКонференц-зал «Север», этаж 5; دفتر تهران، خیابان ولیعصر';

type Occurrence = { id: string; version: number; occurredAt: string; subject: string };

async function occurrences(client: Client, base: string, seriesId: string): Promise<Occurrence[]> {
  const items = (await client.get(`${base}/interactions?series=${seriesId}&limit=200`)).json().items as Occurrence[];
  return items.reverse();
}

const fetchFeed = async (client: Client) => {
  const url = (await client.post('/api/v1/me/calendar-feed')).json().url as string;
  return (await ctx.app.inject({ method: 'GET', url: url.replace('http://rapport.test', '') })).body;
};

/**
 * What a calendar program makes of one UID: ical.js relates the overrides to the master and
 * expands its RRULE (EXDATEs left out), at most `limit` occurrences.
 */
function expand(text: string, uid: string, limit = 50) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const components = calendar.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === uid);
  const masterComponent = components.find((v) => !v.hasProperty('recurrence-id'));
  if (!masterComponent) throw new Error(`no master event ${uid}`);
  const master = new ICAL.Event(masterComponent);
  const overrides = components.filter((v) => v !== masterComponent).map((v) => new ICAL.Event(v));
  for (const override of overrides) master.relateException(override);
  const iterator = master.iterator();
  const seen: { start: string; summary: string; location: string }[] = [];
  for (let next = iterator.next(); next && seen.length < limit; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next);
    seen.push({
      start: details.startDate.toJSDate().toISOString(),
      summary: details.item.summary,
      location: details.item.location,
    });
  }
  return { calendar, master, overrides, occurrences: seen };
}

describe('a series in calendars', () => {
  it('is one event in the feed: its RRULE gives its occurrences across the change to summer time, EXDATE drops the cancelled one, an override replaces the edited one', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const startsAt = instantOf({ year: YEAR, month: 3, day: 15, hour: 10, minute: 0 }, 'Europe/Berlin');
    const created = await client.post(`${base}/meeting-series`, {
      recurrence: 'weekly',
      startsAt: startsAt.toISOString(),
      timeZone: 'Europe/Berlin',
      durationMinutes: 45,
      subject: 'Weekly sync',
      location: LOCATION,
      partnerIds: [partner.id],
      count: 6,
    });
    expect(created.statusCode, created.body).toBe(201);
    const series = created.json();
    expect(series.location).toBe(LOCATION);
    await materializeDueSeries(ctx.db, new Date(Date.UTC(YEAR, 2, 1)));
    const scheduled = await occurrences(client, base, series.id);
    expect(scheduled).toHaveLength(6);
    const [, cancelled, edited] = scheduled;
    const first = (await client.get(`${base}/interactions/${scheduled[0]?.id}`)).json();
    expect(first.location).toBe(LOCATION);
    expect((await client.delete(`${base}/interactions/${cancelled?.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    const moved = new Date(Date.parse(edited?.occurredAt ?? '') + 2 * 3600_000).toISOString();
    const patched = await client.patch(`${base}/interactions/${edited?.id}`, {
      occurredAt: moved,
      subject: 'Moved sync',
      version: 1,
    });
    expect(patched.statusCode, patched.body).toBe(200);

    const text = await fetchFeed(client);
    const uid = `series-${series.id}@rapport`;
    const { calendar, master, overrides, occurrences: seen } = expand(text, uid);
    // One series, not six events: no occurrence has an event of its own.
    const uids = calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(uids.filter((u) => u === uid)).toHaveLength(2);
    expect(scheduled.some((o) => uids.includes(`${o.id}@rapport`))).toBe(false);
    expect(master.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;COUNT=6');
    expect(master.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(master.startDate.hour).toBe(10);

    // The rule alone is the series' schedule, 10:00 in Berlin before and after the clocks change.
    const rule = master.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    const ruleIterator = rule.iterator(master.startDate);
    const ruled: string[] = [];
    for (let next = ruleIterator.next(); next; next = ruleIterator.next()) ruled.push(next.toJSDate().toISOString());
    expect(ruled).toEqual(scheduled.map((o) => o.occurredAt));
    expect(new Set(ruled.map((s) => new Date(s).getUTCHours()))).toEqual(new Set([9, 8]));

    // What a calendar shows is what Rapport holds: the cancelled one gone, the edited one moved and renamed.
    const held = await occurrences(client, base, series.id);
    expect(seen.map(({ start, summary }) => ({ start, summary }))).toEqual(
      held.map((o) => ({ start: o.occurredAt, summary: o.subject })),
    );
    expect(seen.every((o) => o.location === LOCATION)).toBe(true);
    expect(overrides).toHaveLength(1);
    expect(overrides[0]?.recurrenceId.toJSDate().toISOString()).toBe(edited?.occurredAt);
    expect(
      master.component.getAllProperties('exdate').map((p) => (p.getFirstValue() as ICAL.Time).toJSDate().toISOString()),
    ).toEqual([cancelled?.occurredAt]);
    // LOCATION is escaped as RFC 5545 wants and reads back the same.
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:Phòng họp 3\\, tầng 2\\; Hà Nội\\nКонференц-зал');

    // Another workspace's member has their own feed, without it.
    const other = await workspaceWithOwner(ctx, 'Other company');
    expect(await fetchFeed(other.client)).not.toContain(series.id);
  });

  it('an occurrence’s .ics is the whole series; monthly on the 31st keeps to short months’ last day; another workspace gets 404', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const startsAt = instantOf({ year: YEAR, month: 1, day: 31, hour: 9, minute: 30 }, 'Asia/Ho_Chi_Minh');
    const series = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'monthly',
        startsAt: startsAt.toISOString(),
        timeZone: 'Asia/Ho_Chi_Minh',
        subject: 'Monthly review',
        location: 'https://meet.example.com/abc-defg-hij',
        partnerIds: [partner.id],
      })
    ).json();
    await materializeDueSeries(ctx.db, new Date(Date.UTC(YEAR, 0, 20)));
    const held = await occurrences(client, base, series.id);
    expect(held.length).toBeGreaterThanOrEqual(3);

    const response = await client.get(`${base}/interactions/${held[1]?.id}.ics`);
    expect(response.statusCode).toBe(200);
    const { master, occurrences: seen } = expand(response.body, `series-${series.id}@rapport`, 14);
    expect(master.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(master.location).toBe('https://meet.example.com/abc-defg-hij');
    const expected = occurrencesBetween(
      {
        recurrence: 'monthly',
        interval: 1,
        startsAt,
        timeZone: 'Asia/Ho_Chi_Minh',
        until: null,
        count: null,
      },
      new Date(0),
      new Date(Date.UTC(YEAR + 2, 0, 1)),
      14,
    );
    expect(seen.map((o) => o.start)).toEqual(expected.map((d) => d.toISOString()));
    expect(seen.slice(0, held.length).map((o) => o.start)).toEqual(held.map((o) => o.occurredAt));
    expect(seen.slice(0, 4).map((o) => new Date(o.start).getUTCDate())).toEqual([31, 28, 31, 30]);

    const other = await workspaceWithOwner(ctx, 'Other company');
    expect((await other.client.get(`${base}/interactions/${held[1]?.id}.ics`)).statusCode).toBe(404);
    expect((await other.client.get(`${other.base}/interactions/${held[1]?.id}.ics`)).statusCode).toBe(404);
  });

  it('a stopped series ends with UNTIL at its last start; a series begun in the past starts at its first held occurrence; a member not in the template gets single events', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    const { user: bob, client: bobClient } = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const partner = await makePartner(client, base, 'Acme');
    const startsAt = instantOf({ year: YEAR, month: 2, day: 1, hour: 15, minute: 0 }, 'America/New_York');
    const stopped = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'weekly',
        interval: 2,
        startsAt: startsAt.toISOString(),
        timeZone: 'America/New_York',
        subject: 'Fortnightly',
        partnerIds: [partner.id],
      })
    ).json();
    await materializeDueSeries(ctx.db, new Date(Date.UTC(YEAR, 0, 20)));
    const held = await occurrences(client, base, stopped.id);
    expect(held.length).toBeGreaterThanOrEqual(6);
    // Stopped after its third meeting (a stop sends the later ones to the trash).
    await ctx.db
      .updateTable('meetingSeries')
      .set({ stoppedAt: new Date(Date.parse(held[2]?.occurredAt ?? '') + 3600_000) })
      .where('id', '=', stopped.id)
      .execute();
    for (const o of held.slice(3))
      expect((await client.delete(`${base}/interactions/${o.id}`, { 'if-match': '1' })).statusCode).toBe(204);

    const running = (
      await client.post(`${base}/meeting-series`, {
        recurrence: 'weekly',
        startsAt: daysFromNow(-20),
        subject: 'Weekly from the past',
        partnerIds: [partner.id],
        memberIds: [owner.id],
      })
    ).json();
    const upcoming = await occurrences(client, base, running.id);
    const joined = await client.patch(`${base}/interactions/${upcoming[0]?.id}`, {
      memberIds: [owner.id, bob.id],
      version: 1,
    });
    expect(joined.statusCode, joined.body).toBe(200);

    const text = await fetchFeed(client);
    const ended = expand(text, `series-${stopped.id}@rapport`);
    expect(ended.master.component.getFirstPropertyValue('rrule')?.toString()).toMatch(/^FREQ=WEEKLY;INTERVAL=2;UNTIL=/);
    expect(ended.occurrences.map((o) => o.start)).toEqual(held.slice(0, 3).map((o) => o.occurredAt));
    const fromPast = expand(text, `series-${running.id}@rapport`, 3);
    expect(fromPast.master.startDate.toJSDate().toISOString()).toBe(upcoming[0]?.occurredAt);
    expect(fromPast.master.component.getAllProperties('exdate')).toHaveLength(0);
    expect(fromPast.occurrences.map((o) => o.start)).toEqual(upcoming.slice(0, 3).map((o) => o.occurredAt));
    // Bob was asked to one meeting of a series he is not in: that one, as a meeting of its own.
    const bobs = new ICAL.Component(ICAL.parse(await fetchFeed(bobClient)))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    expect(bobs).toEqual([`${upcoming[0]?.id}@rapport`]);
  });

  it('keeps a meeting’s location, shows it as LOCATION, and names the field when it is too long', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partner.id],
      subject: 'Visit',
      occurredAt: `${YEAR}-05-05T09:00:00Z`,
      location: `  ${LOCATION}  `,
    });
    expect((await client.get(`${base}/interactions/${meeting.id}`)).json().location).toBe(LOCATION);
    const text = (await client.get(`${base}/interactions/${meeting.id}.ics`)).body;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.location).toBe(LOCATION);
    expect(event.component.hasProperty('rrule')).toBe(false);

    for (const [path, body] of [
      [`${base}/interactions`, { kind: 'meeting', partnerIds: [partner.id], location: 'x'.repeat(501) }],
      [`${base}/interactions/${meeting.id}`, { location: 42, version: 1 }],
      [
        `${base}/meeting-series`,
        {
          recurrence: 'weekly',
          startsAt: `${YEAR}-05-05T09:00:00Z`,
          subject: 'S',
          partnerIds: [partner.id],
          location: 'x'.repeat(501),
        },
      ],
    ] as const) {
      const response = path.endsWith(meeting.id) ? await client.patch(path, body) : await client.post(path, body);
      expect(response.statusCode, path).toBe(400);
      expect(JSON.stringify(response.json()), path).toContain('location');
    }
  });
});
