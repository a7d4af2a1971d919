import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJobsByKey } from '../../platform/jobs/index.js';
import { appJobsFor, testClock } from '../../test/jobs.js';
import { SESSION_COOKIE } from '../../platform/auth/index.js';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { startSmtpServer, type ReceivedEmail } from '../../test/smtp.js';
import { logInteraction, makePartner, makeRelationship } from '../../test/interactions.js';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let ctx: TestContext;

beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await createTestApp({ SMTP_URL: smtp.url });
});

afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

// Every relationship made today is overdue by then (cadence 30 days), and jobs queued now are due.
const DAY = '2027-01-15';
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

async function member(workspaceId: string, name: string, locale: 'en' | 'vi' | 'ru' | 'fa', timeZone: string) {
  const m = await memberWithRole(ctx, workspaceId, 'member', name);
  await ctx.db.updateTable('appUser').set({ locale, timeZone }).where('id', '=', m.user.id).execute();
  return m;
}

/** Ticks a runner of the app on the given clock and stops it again. */
async function tickAt(at: string, runners = 1) {
  const clock = testClock(new Date(at));
  const jobs = Array.from({ length: runners }, () => appJobsFor(ctx, clock.now));
  try {
    await Promise.all(jobs.flatMap((j) => [j.tick(), j.tick()]));
  } finally {
    await Promise.all(jobs.map((j) => j.stop()));
  }
}

/**
 * A workspace where Hoa (Ho Chi Minh City, Vietnamese) has one of everything and Lee (Los Angeles) one overdue task.
 */
async function setUp() {
  const { client, base, workspace } = await workspaceWithOwner(ctx, 'Sao Mai Trading');
  const hoa = await member(workspace.id, 'Hoa', 'vi', 'Asia/Ho_Chi_Minh');
  const lee = await member(workspace.id, 'Lee', 'en', 'America/Los_Angeles');
  const partner = await makePartner(client, base, 'Công ty <Sao Mai>');
  const relationship = await makeRelationship(client, base, {
    partnerId: partner.id,
    ownerId: hoa.user.id,
    purpose: 'Nhà cung cấp',
  });
  await client.post(`${base}/tasks`, { title: 'Gửi báo giá', ownerId: hoa.user.id, dueOn: DAY });
  await client.post(`${base}/tasks`, { title: 'Later, not today', ownerId: hoa.user.id, dueOn: '2027-01-16' });
  await client.post(`${base}/tasks`, { title: 'Call the auditor', ownerId: lee.user.id, dueOn: '2027-01-14' });
  const meeting = await logInteraction(client, base, {
    kind: 'meeting',
    subject: 'Họp quý',
    occurredAt: `${DAY}T03:00:00Z`,
    partnerIds: [partner.id],
    memberIds: [hoa.user.id],
  });
  await logInteraction(client, base, {
    kind: 'meeting',
    subject: 'Next week',
    occurredAt: '2027-01-22T03:00:00Z',
    partnerIds: [partner.id],
    memberIds: [hoa.user.id],
  });
  return { client, base, workspace, hoa, lee, relationship, meeting };
}

function unsubscribeToken(mail: ReceivedEmail | undefined): string {
  const header = mail?.rawHeaders.get('list-unsubscribe') ?? '';
  const match = /^<http:\/\/rapport\.test\/api\/v1\/unsubscribe\?token=([^>]+)>$/.exec(header);
  if (!match?.[1]) throw new Error(`no List-Unsubscribe header: ${header}`);
  return decodeURIComponent(match[1]);
}

describe('daily digest', () => {
  it('arrives at 08:00 in each member’s time zone, in their language, with what their day holds', async () => {
    const { workspace, hoa, lee, relationship, meeting } = await setUp();
    await tickAt(`${DAY}T00:59:00Z`);
    expect(mailsTo(hoa.user.email)).toHaveLength(0);

    // 01:00Z is 08:00 in Ho Chi Minh City and 17:00 the day before in Los Angeles.
    await tickAt(`${DAY}T01:00:00Z`);
    const [mail, ...more] = mailsTo(hoa.user.email);
    expect(more).toHaveLength(0);
    expect(mailsTo(lee.user.email)).toHaveLength(0);
    expect(mail?.subject).toBe('Hôm nay trong Sao Mai Trading: 1 liên hệ quá hạn, 1 công việc đến hạn, 1 cuộc họp');
    expect(mail?.text).toContain('Xin chào Hoa,');
    expect(mail?.text).toContain('Công ty <Sao Mai> (Nhà cung cấp): đến hạn liên hệ');
    expect(mail?.text).toContain(`http://rapport.test/w/${workspace.id}/relationships/${relationship.id}`);
    expect(mail?.text).toContain('Gửi báo giá (hạn');
    expect(mail?.text).not.toContain('Later, not today');
    expect(mail?.text).toContain('Họp quý — Công ty <Sao Mai>');
    expect(mail?.text).toContain(`http://rapport.test/w/${workspace.id}/interactions/${meeting.id}`);
    expect(mail?.text).not.toContain('Next week');
    expect(mail?.html).toContain('<html lang="vi" dir="ltr">');
    expect(mail?.html).toContain('Công ty &lt;Sao Mai&gt;');
    expect(mail?.html).not.toContain('<Sao Mai>');
    expect(mail?.rawHeaders.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // Automatic mail says so (RFC 3834), beside the message's own headers.
    expect(mail?.rawHeaders.get('auto-submitted')).toBe('auto-generated');
    expect(mail?.rawHeaders.get('content-type')).toMatch(/^multipart\/alternative;/);
    // The action is a button in HTML, with the address the text part gives.
    const action = `http://rapport.test/w/${workspace.id}/keep-in-touch`;
    expect(mail?.text).toContain(`: ${action}\n`);
    expect(/<a href="([^"]*)" style="display: inline-block;/.exec(mail?.html ?? '')?.[1]).toBe(action);
    expect(mail?.text).toContain(`http://rapport.test/unsubscribe?token=`);
    unsubscribeToken(mail);

    // 16:00Z is 08:00 in Los Angeles (PST).
    await tickAt(`${DAY}T16:00:00Z`);
    const [leeMail] = mailsTo(lee.user.email);
    expect(leeMail?.subject).toBe('Today in Sao Mai Trading: 1 task due');
    expect(leeMail?.text).toContain('Call the auditor (due Jan 14, 2027)');
    expect(mailsTo(hoa.user.email)).toHaveLength(1);
  });

  it('is sent once per member and day however often the tick runs, and with two runners', async () => {
    const { hoa } = await setUp();
    await tickAt(`${DAY}T01:00:00Z`, 2);
    await tickAt(`${DAY}T02:30:00Z`, 2);
    expect(mailsTo(hoa.user.email)).toHaveLength(1);
    await tickAt('2027-01-16T01:05:00Z');
    expect(mailsTo(hoa.user.email)).toHaveLength(2);
  });

  it('writes Persian right to left and Russian with its plural forms', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx, 'Pars');
    const farid = await member(workspace.id, 'Farid', 'fa', 'Asia/Tehran');
    const ivan = await member(workspace.id, 'Иван', 'ru', 'Europe/Moscow');
    await client.post(`${base}/tasks`, { title: 'ارسال قرارداد', ownerId: farid.user.id, dueOn: DAY });
    for (const title of ['Первая', 'Вторая'])
      await client.post(`${base}/tasks`, { title, ownerId: ivan.user.id, dueOn: DAY });
    // 04:30Z is 08:00 in Tehran and 07:30 in Moscow; 05:00Z is 08:00 in Moscow.
    await tickAt(`${DAY}T04:30:00Z`);
    expect(mailsTo(ivan.user.email)).toHaveLength(0);
    await tickAt(`${DAY}T05:00:00Z`);
    const [fa] = mailsTo(farid.user.email);
    expect(fa?.subject).toBe('امروز در Pars: ۱ کار سررسیده');
    expect(fa?.html).toContain('<html lang="fa" dir="rtl">');
    expect(fa?.html).toContain('<body dir="rtl"');
    expect(fa?.text).toContain('ارسال قرارداد');
    const [ru] = mailsTo(ivan.user.email);
    expect(ru?.subject).toBe('Сегодня в «Pars»: 2 задачи к сроку');
    expect(ru?.text).toContain('Здравствуйте, Иван!');
  });

  it('is not sent when empty, and follows the choice: in the app only gives a notification with the counts', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx, 'Quiet');
    const lee = await member(workspace.id, 'Lee', 'en', 'America/Los_Angeles');
    await lee.client.put(`${base}/me/reminders`, { items: [{ kind: 'daily_digest', byEmail: false, inApp: true }] });
    await client.post(`${base}/tasks`, { title: 'Overdue for Lee', ownerId: lee.user.id, dueOn: '2027-01-10' });
    await tickAt(`${DAY}T08:00:00Z`); // 08:00 UTC: the owner's digest, which is empty
    const [ownerJob] = await findJobsByKey(ctx.db, [`digest:${workspace.id}:${owner.id}:${DAY}`]);
    expect(ownerJob).toMatchObject({ status: 'done' });
    expect(mailsTo(owner.email)).toHaveLength(0);
    await tickAt(`${DAY}T16:00:00Z`);
    expect(mailsTo(lee.user.email)).toHaveLength(0);
    const items = (await lee.client.get(`${base}/notifications?unread=true`)).json().items as {
      kind: string;
      params: unknown;
    }[];
    expect(items.filter((n) => n.kind === 'daily_digest')).toEqual([
      expect.objectContaining({ params: { overdueContacts: 0, dueTasks: 1, upcomingMeetings: 0 } }),
    ]);
  });
});

describe('unsubscribe', () => {
  it('turns the digest email off with the link’s one-click POST, without a session or CSRF token', async () => {
    const { base, hoa } = await setUp();
    await tickAt(`${DAY}T01:00:00Z`);
    const token = unsubscribeToken(mailsTo(hoa.user.email)[0]);
    const url = `/api/v1/unsubscribe?token=${encodeURIComponent(token)}`;
    const shown = await ctx.app.inject({ method: 'GET', url });
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toEqual({ kind: 'daily_digest', workspaceName: 'Sao Mai Trading', email: hoa.user.email });
    // What a mail provider sends (RFC 8058); a session cookie alongside is not even read.
    const posted = await ctx.app.inject({
      method: 'POST',
      url,
      payload: 'List-Unsubscribe=One-Click',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `${SESSION_COOKIE}=${hoa.client.cookie ?? ''}`,
      },
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect((await hoa.client.get(`${base}/me/reminders`)).json().items[0]).toEqual({
      kind: 'daily_digest',
      byEmail: false,
      inApp: false,
    });
    // Twice is harmless, and a JSON POST (the app's page) works too.
    expect((await ctx.app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(200);
    await tickAt('2027-01-16T01:00:00Z');
    expect(mailsTo(hoa.user.email)).toHaveLength(1);
  });

  it('refuses a tampered, forged or missing token with 400, and form bodies everywhere else', async () => {
    const { client, base, hoa } = await setUp();
    await tickAt(`${DAY}T01:00:00Z`);
    const token = unsubscribeToken(mailsTo(hoa.user.email)[0]);
    const [payload = '', signature = ''] = token.split('.');
    // Someone else's user id with the same signature; a flipped signature; garbage.
    const otherPayload = Buffer.from(
      Buffer.from(payload, 'base64url')
        .toString()
        .replace(
          hoa.user.id,
          hoa.user.id.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
        ),
    ).toString('base64url');
    for (const bad of [
      `${otherPayload}.${signature}`,
      // A signature that already ends in AA (1 in 256) would not be tampered by writing AA.
      `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'QA' : 'AA'}`,
      'not-a-token',
      `${token}.x`,
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        const response = await ctx.app.inject({ method, url: `/api/v1/unsubscribe?token=${encodeURIComponent(bad)}` });
        expect(response.statusCode, bad).toBe(400);
        expect(response.json()).toMatchObject({ code: 'invalid_token' });
      }
    }
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/v1/unsubscribe' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'validation', errors: [{ path: 'token' }] });
    expect((await hoa.client.get(`${base}/me/reminders`)).json().items[0]).toMatchObject({ byEmail: true });
    const form = await client.post(`${base}/tasks`, 'title=Sneaky', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.statusCode).toBe(415);
  });
});
