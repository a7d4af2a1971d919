import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app/app.js';
import { appJobsFor, testClock } from '../../test/jobs.js';
import {
  createTestApp,
  memberWithRole,
  uniqueEmail,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { startSmtpServer } from '../../test/smtp.js';

type OutboxItem = {
  id: string;
  to: string;
  status: string;
  error: string | null;
  attempts: number;
  lastAttemptAt: string | null;
  sentAt: string | null;
};

const MINUTE = 60_000;
let good: Awaited<ReturnType<typeof startSmtpServer>>;
let refusing: Awaited<ReturnType<typeof startSmtpServer>>;
let flaky: Awaited<ReturnType<typeof startSmtpServer>>;
/** The app with a working SMTP server. */
let ctx: TestContext;
/** The same database behind apps whose SMTP server refuses everything, or the first two messages. */
let refusingCtx: TestContext;
let flakyCtx: TestContext;

async function appWith(smtpUrl: string): Promise<TestContext> {
  const app = await buildApp({ db: ctx.db, config: { ...ctx.config, smtpUrl }, files: ctx.files }, { logger: false });
  await app.ready();
  return { ...ctx, config: { ...ctx.config, smtpUrl }, app, close: () => app.close() };
}

beforeAll(async () => {
  [good, refusing, flaky] = await Promise.all([
    startSmtpServer(),
    startSmtpServer({ refuse: true }),
    startSmtpServer({ refuseFirst: 2 }),
  ]);
  ctx = await createTestApp({ SMTP_URL: good.url });
  refusingCtx = await appWith(refusing.url);
  flakyCtx = await appWith(flaky.url);
});

afterAll(async () => {
  await flakyCtx.close();
  await refusingCtx.close();
  await ctx.close();
  await Promise.all([good.close(), refusing.close(), flaky.close()]);
});

async function outbox(client: Client, base: string, query = ''): Promise<OutboxItem[]> {
  const response = await client.get(`${base}/outbox${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: OutboxItem[] }).items;
}

async function invite(client: Client, base: string, email: string) {
  const response = await client.post(`${base}/invitations`, { email, role: 'member' });
  expect(response.statusCode, response.body).toBe(201);
}

describe('email delivery as a job', () => {
  it('keeps a refused message queued with its error, retries it with back-off, and delivers it exactly once', async () => {
    const { client, base } = await workspaceWithOwner(flakyCtx);
    const email = uniqueEmail('flaky');
    // The request's own attempt is refused: the invitation is still made.
    await invite(client, base, email);
    let [item] = await outbox(client, base);
    expect(item).toMatchObject({ to: email, status: 'queued', attempts: 1 });
    expect(item?.error).toMatch(/Mailbox unavailable/);
    expect(item?.lastAttemptAt).not.toBeNull();

    const clock = testClock(new Date(Date.now() + 30_000));
    const jobs = appJobsFor(flakyCtx, clock.now);
    try {
      expect(await jobs.runDue()).toBe(0); // the first retry waits a minute
      clock.advance(MINUTE);
      await jobs.runDue();
      [item] = await outbox(client, base);
      expect(item).toMatchObject({ status: 'queued', attempts: 2 });
      clock.advance(2 * MINUTE);
      await jobs.runDue();
      [item] = await outbox(client, base);
      expect(item).toMatchObject({ status: 'sent', attempts: 3, error: null });
      expect(item?.sentAt).not.toBeNull();
      clock.advance(24 * 60 * MINUTE);
      await jobs.runDue();
    } finally {
      await jobs.stop();
    }
    expect(flaky.received.filter((m) => m.to.includes(email))).toHaveLength(1);
    expect(flaky.refusals).toBe(2);
  });

  it('marks a message failed after 8 attempts; admins see it, retry queues it again and it is delivered', async () => {
    const { client, base, workspace } = await workspaceWithOwner(refusingCtx);
    const email = uniqueEmail('doomed');
    await invite(client, base, email);
    const clock = testClock(new Date(Date.now() + 30_000));
    const jobs = appJobsFor(refusingCtx, clock.now);
    try {
      for (const wait of [1, 2, 4, 8, 16, 32, 60]) {
        clock.advance(wait * MINUTE);
        await jobs.runDue();
      }
    } finally {
      await jobs.stop();
    }
    const admin = await memberWithRole(refusingCtx, workspace.id, 'admin');
    const [failed] = await outbox(admin.client, base, '?status=failed');
    expect(failed).toMatchObject({ to: email, status: 'failed', attempts: 8 });
    expect(failed?.error).toMatch(/Mailbox unavailable/);
    expect(await outbox(admin.client, base, '?status=queued')).toEqual([]);
    expect(refusing.received).toHaveLength(0);

    // Retried through the app whose SMTP server works: queued again and sent at once.
    const adminOnGood = await memberWithRole(ctx, workspace.id, 'admin');
    const retried = await adminOnGood.client.post(`${base}/outbox/${failed?.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ id: failed?.id, status: 'sent', attempts: 9, error: null });
    expect(good.received.filter((m) => m.to.includes(email))).toHaveLength(1);
    // Only a failed message can be retried.
    const again = await adminOnGood.client.post(`${base}/outbox/${failed?.id}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', current: { status: 'sent' } });
  });

  it('refuses the outbox and retry to members (403) and to another workspace (404)', async () => {
    const { client, base, workspace } = await workspaceWithOwner(refusingCtx);
    await invite(client, base, uniqueEmail());
    const [item] = await outbox(client, base);
    const member = await memberWithRole(refusingCtx, workspace.id, 'member');
    for (const response of [
      await member.client.get(`${base}/outbox`),
      await member.client.post(`${base}/outbox/${item?.id}/retry`),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
    }
    const stranger = await workspaceWithOwner(refusingCtx);
    expect((await stranger.client.get(`${base}/outbox`)).statusCode).toBe(404);
    expect((await stranger.client.post(`${base}/outbox/${item?.id}/retry`)).statusCode).toBe(404);
    // Their own workspace does not hold it either.
    const foreign = await stranger.client.post(`${stranger.base}/outbox/${item?.id}/retry`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'not_found' });
  });

  it('answers 400 naming the field for an unknown status and an unknown parameter', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const bad = await client.get(`${base}/outbox?status=lost`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['status']);
    const unknown = await client.get(`${base}/outbox?colour=red`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors.map((e: { path: string }) => e.path)).toEqual(['colour']);
  });
});
