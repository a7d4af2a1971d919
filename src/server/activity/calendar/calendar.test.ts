import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlForLog } from '../../platform/http/index.js';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { logInteraction, makePartner } from '../../test/interactions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

/** Parses an iCalendar text with ical.js: anything it cannot read fails the test. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events, byUid: (id: string) => events.find((e) => e.uid === `${id}@rapport`) };
}

/** Fetches a feed as a calendar program would: no cookie, no CSRF token, just the address. */
const fetchFeed = (url: string) => ctx.app.inject({ method: 'GET', url: url.replace('http://rapport.test', '') });

const nextYear = new Date().getUTCFullYear() + 1;

describe('calendar feed', () => {
  it('is made, shown, rotated and revoked; a revoked or replaced address answers 404', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [partner.id],
      subject: 'Kick-off',
      occurredAt: `${nextYear}-01-15T09:00:00Z`,
    });
    expect((await client.get('/api/v1/me/calendar-feed')).json()).toEqual({
      active: false,
      url: null,
      urlHint: null,
      createdAt: null,
      lastUsedAt: null,
    });

    const created = await client.post('/api/v1/me/calendar-feed');
    expect(created.statusCode).toBe(201);
    const feed = created.json();
    expect(feed.url).toMatch(/^http:\/\/rapport\.test\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const shown = (await client.get('/api/v1/me/calendar-feed')).json();
    expect(shown).toMatchObject({ active: true, url: null, createdAt: feed.createdAt, lastUsedAt: null });
    expect(feed.url.startsWith(shown.urlHint.replace('….ics', ''))).toBe(true);
    // Only the hash is in the database.
    const stored = await ctx.db.selectFrom('calendarFeed').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(feed.url.split('/calendar/')[1].replace('.ics', ''));

    const response = await fetchFeed(feed.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(parse(response.body).byUid(meeting.id)?.summary).toBe('Kick-off');
    expect((await client.get('/api/v1/me/calendar-feed')).json().lastUsedAt).not.toBeNull();

    const rotated = (await client.post('/api/v1/me/calendar-feed')).json();
    expect(rotated.url).not.toBe(feed.url);
    expect((await fetchFeed(feed.url)).statusCode).toBe(404);
    expect((await fetchFeed(rotated.url)).statusCode).toBe(200);
    expect((await client.delete('/api/v1/me/calendar-feed')).statusCode).toBe(204);
    const revoked = await fetchFeed(rotated.url);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json().code).toBe('not_found');
    expect((await fetchFeed('/api/v1/calendar/not-a-token.ics')).statusCode).toBe(404);
    const audit = (await client.get(`${base}/audit-log`)).json().items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(
      expect.arrayContaining(['calendar_feed.create', 'calendar_feed.rotate', 'calendar_feed.revoke']),
    );
    // The address is a credential: the request log leaves the token out.
    expect(urlForLog(new URL(rotated.url).pathname)).toBe('/api/v1/calendar/<token>.ics');
  });

  it('lists the meetings the member takes part in across their workspaces, and nothing else', async () => {
    const { client, base, workspace, owner } = await workspaceWithOwner(ctx);
    const { user: bob, client: bobClient } = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const second = (await client.post('/api/v1/workspaces', { name: 'Second company' })).json();
    const base2 = `/api/v1/w/${second.id}`;
    const acme = await makePartner(client, base, 'Acme');
    const zeta = await makePartner(client, base2, 'Zeta');
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const mine = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [acme.id],
      subject: 'Mine',
      occurredAt: at(3),
    });
    const past = await logInteraction(client, base, {
      kind: 'video_call',
      isMeeting: true,
      partnerIds: [acme.id],
      subject: 'Past video meeting',
      occurredAt: at(-30),
    });
    const elsewhere = await logInteraction(client, base2, {
      kind: 'meeting',
      partnerIds: [zeta.id],
      subject: 'In the second workspace',
      occurredAt: at(10),
    });
    const bobs = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [acme.id],
      subject: 'Bob only',
      memberIds: [bob.id],
      occurredAt: at(4),
    });
    const call = await logInteraction(client, base, {
      kind: 'phone_call',
      partnerIds: [acme.id],
      subject: 'Not a meeting',
      occurredAt: at(-1),
    });
    const trashed = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [acme.id],
      subject: 'Cancelled',
      occurredAt: at(5),
    });
    await client.delete(`${base}/interactions/${trashed.id}`, { 'if-match': '1' });
    const ancient = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [acme.id],
      subject: 'Two years ago',
      occurredAt: at(-730),
    });

    const feed = parse((await fetchFeed((await client.post('/api/v1/me/calendar-feed')).json().url)).body);
    expect(feed.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Rapport: ${owner.name}`);
    expect(feed.events.map((e) => e.summary).sort()).toEqual(['In the second workspace', 'Mine', 'Past video meeting']);
    for (const other of [bobs, call, trashed, ancient]) expect(feed.byUid(other.id)).toBeUndefined();
    expect(feed.byUid(elsewhere.id)?.component.getFirstPropertyValue('categories')).toBe('Second company');
    expect(feed.byUid(past.id)).toBeDefined();
    expect(feed.byUid(mine.id)?.component.getFirstPropertyValue('url')).toBe(
      `http://rapport.test/w/${workspace.id}/interactions/${mine.id}`,
    );

    // Bob's own feed has his meeting; the owner's leaves a workspace's meetings out once she has left it.
    const bobFeed = parse((await fetchFeed((await bobClient.post('/api/v1/me/calendar-feed')).json().url)).body);
    expect(bobFeed.events.map((e) => e.summary)).toEqual(['Bob only']);
    const ownerUrl = (await client.post('/api/v1/me/calendar-feed')).json().url;
    await ctx.db.deleteFrom('membership').where('workspaceId', '=', second.id).where('userId', '=', owner.id).execute();
    expect(parse((await fetchFeed(ownerUrl)).body).byUid(elsewhere.id)).toBeUndefined();
  });

  it('places each meeting at its wall-clock time in its own zone, with a VTIMEZONE that gets daylight saving right', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const meetings = [
      { occurredAt: `${nextYear}-03-10T10:00:00+01:00`, timeZone: 'Europe/Berlin', hour: 10 },
      { occurredAt: `${nextYear}-04-10T10:00:00+02:00`, timeZone: 'Europe/Berlin', hour: 10 },
      { occurredAt: `${nextYear}-03-05T09:30:00-05:00`, timeZone: 'America/New_York', hour: 9 },
      { occurredAt: `${nextYear}-03-20T09:30:00-04:00`, timeZone: 'America/New_York', hour: 9 },
      { occurredAt: `${nextYear}-03-10T14:00:00+07:00`, timeZone: 'Asia/Ho_Chi_Minh', hour: 14 },
      { occurredAt: `${nextYear}-03-21T11:00:00+03:30`, timeZone: 'Asia/Tehran', hour: 11 },
      { occurredAt: `${nextYear}-03-11T08:00:00Z`, timeZone: 'UTC', hour: 8 },
    ];
    const created: { id: string }[] = [];
    // Long subjects in several scripts, to test line folding by octets.
    const subject = 'Встреча с поставщиком Nguyễn Văn An — جلسه با تأمین‌کننده '.repeat(4).trim();
    for (const m of meetings)
      created.push(
        await logInteraction(client, base, {
          kind: 'meeting',
          partnerIds: [partner.id],
          occurredAt: m.occurredAt,
          timeZone: m.timeZone,
          durationMinutes: 45,
          subject,
        }),
      );
    const text = (await fetchFeed((await client.post('/api/v1/me/calendar-feed')).json().url)).body;
    const feed = parse(text);
    expect(
      feed.calendar
        .getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['America/New_York', 'Asia/Ho_Chi_Minh', 'Asia/Tehran', 'Europe/Berlin']);
    meetings.forEach((m, i) => {
      const event = feed.byUid(created[i]?.id ?? '');
      expect(event, m.occurredAt).toBeDefined();
      if (!event) return;
      expect(event.startDate.hour, m.occurredAt).toBe(m.hour);
      expect(event.summary).toBe(subject);
      expect(event.startDate.toJSDate().toISOString(), m.occurredAt).toBe(new Date(m.occurredAt).toISOString());
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(45 * 60_000);
      const dtstart = event.component.getFirstProperty('dtstart');
      if (m.timeZone === 'UTC') expect(event.startDate.zone?.tzid).toBe('UTC');
      else expect(dtstart?.getParameter('tzid')).toBe(m.timeZone);
    });
    // RFC 5545 lines: CRLF, folded at 75 octets.
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('a meeting as an .ics invitation', () => {
  it('has method REQUEST, organizer, attendees with addresses, summary, description from notes and agenda, a stable UID and SEQUENCE from the version', async () => {
    const { client, base, workspace, owner } = await workspaceWithOwner(ctx);
    const { user: bob } = await memberWithRole(ctx, workspace.id, 'member', 'Bob Buyer');
    const acme = await makePartner(client, base, 'Công ty Hòa Phát');
    const an = await makePartner(client, base, 'Nguyễn Văn An', {
      type: 'person',
      contacts: [{ channel: 'email', value: 'an@hoaphat.vn' }],
    });
    const noEmail = await makePartner(client, base, 'Иван Петров', { type: 'person' });
    const meeting = await logInteraction(client, base, {
      kind: 'meeting',
      subject: 'Quarterly review',
      occurredAt: '2026-03-10T14:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      durationMinutes: 90,
      notes: '<p>Bring the <strong>price list</strong></p>',
      agenda: [{ title: 'Prices' }, { title: 'Delivery' }],
      partnerIds: [acme.id],
      personIds: [an.id, noEmail.id],
      memberIds: [owner.id, bob.id],
    });
    const url = `${base}/interactions/${meeting.id}.ics`;
    const response = await client.get(url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Quarterly review.ics"; filename*=UTF-8''Quarterly%20review.ics`,
    );
    const { calendar, events } = parse(response.body);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(events).toHaveLength(1);
    const event = events[0] as ICAL.Event;
    expect(event.uid).toBe(`${meeting.id}@rapport`);
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe('Quarterly review');
    expect(event.description).toBe(
      [
        'Bring the price list',
        'Agenda:\n1. Prices\n2. Delivery',
        'With: Công ty Hòa Phát',
        'Participants: Olga Owner, Bob Buyer, Nguyễn Văn An, Иван Петров',
      ].join('\n\n'),
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T07:00:00.000Z');
    expect(event.startDate.hour).toBe(14);
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(event.organizer).toBe(`mailto:${owner.email}`);
    expect(event.component.getFirstProperty('organizer')?.getParameter('cn')).toBe('Olga Owner');
    const attendees = event.attendees.map((a) => [
      a.getFirstValue(),
      a.getParameter('cn'),
      a.getParameter('partstat'),
      a.getParameter('rsvp') ?? null,
    ]);
    expect(attendees).toEqual([
      [`mailto:${owner.email}`, 'Olga Owner', 'ACCEPTED', null],
      [`mailto:${bob.email}`, 'Bob Buyer', 'NEEDS-ACTION', 'TRUE'],
      ['mailto:an@hoaphat.vn', 'Nguyễn Văn An', 'NEEDS-ACTION', 'TRUE'],
    ]);

    // An edit: same UID, next SEQUENCE, so a calendar updates its copy.
    expect(
      (
        await client.patch(`${base}/interactions/${meeting.id}`, {
          subject: 'Quarterly review (moved)',
          occurredAt: '2026-03-11T09:00:00+07:00',
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    const edited = parse((await client.get(url)).body).events[0] as ICAL.Event;
    expect([edited.uid, edited.sequence, edited.summary, edited.startDate.toJSDate().toISOString()]).toEqual([
      `${meeting.id}@rapport`,
      1,
      'Quarterly review (moved)',
      '2026-03-11T02:00:00.000Z',
    ]);
  });

  it('a viewer can download it; another workspace and a trashed meeting get 404', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    const other = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    const meeting = await logInteraction(client, base, { kind: 'meeting', partnerIds: [partner.id] });
    const url = `${base}/interactions/${meeting.id}.ics`;
    const asViewer = await viewer.client.get(url);
    expect(asViewer.statusCode).toBe(200);
    // Without a subject the summary names the partners.
    expect((parse(asViewer.body).events[0] as ICAL.Event).summary).toBe('Meeting: Acme');
    expect((await other.client.get(url)).statusCode).toBe(404);
    expect((await other.client.get(`${other.base}/interactions/${meeting.id}.ics`)).statusCode).toBe(404);
    await client.delete(`${base}/interactions/${meeting.id}`, { 'if-match': '1' });
    expect((await client.get(url)).statusCode).toBe(404);
  });
});
