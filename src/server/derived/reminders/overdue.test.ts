import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appJobsFor, testClock } from '../../test/jobs.js';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { addDays, todayIn } from '../../platform/core/index.js';
import { logInteraction, makePartner, makeRelationship } from '../../test/interactions.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});

afterAll(async () => {
  await ctx.close();
});

type Notification = { kind: string; params: Record<string, unknown>; entityId: string | null };

async function tick(at: Date) {
  const jobs = appJobsFor(ctx, testClock(at).now);
  try {
    await jobs.tick();
  } finally {
    await jobs.stop();
  }
}

/**
 * Runs the hourly overdue job (and whatever else a tick does) at a moment of the test's choosing, after a tick at
 * the start of that UTC day. The day's first tick also runs the daily health recomputation beside the overdue job;
 * on PostgreSQL the overdue job passes over the rows that recomputation holds (SKIP LOCKED) and the next hour's run
 * takes them. Ticking the day's start first keeps that race out of the hour the test looks at.
 */
async function tickAt(at: Date) {
  const dayStart = new Date(`${at.toISOString().slice(0, 10)}T00:00:00Z`);
  if (dayStart.getTime() !== at.getTime()) await tick(dayStart);
  await tick(at);
}

async function overdueNotices(client: Client, base: string): Promise<Notification[]> {
  const items = (await client.get(`${base}/notifications`)).json().items as Notification[];
  return items.filter((n) => n.kind === 'relationship_overdue');
}

/**
 * A moment of a day; tests of this file use different hours, as each hourly slot runs the overdue job once per
 * database.
 */
const at = (day: string, time: string) => new Date(`${day}T${time}:00Z`);

describe('relationship overdue', () => {
  it('tells the owner once per lapse, in the app, with what the app words it from', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const bob = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const partner = await makePartner(client, base, 'Delta Supplies');
    const relationship = await makeRelationship(client, base, {
      partnerId: partner.id,
      ownerId: bob.user.id,
      purpose: 'Packaging',
    });
    const due = String(relationship.nextContactDue);

    await tickAt(at(due, '12:00'));
    expect(await overdueNotices(bob.client, base)).toEqual([]);
    await tickAt(at(addDays(due, 3), '12:00'));
    const [first, ...others] = await overdueNotices(bob.client, base);
    expect(others).toEqual([]);
    expect(first).toMatchObject({
      entityId: relationship.id,
      params: {
        relationshipId: relationship.id,
        partnerName: 'Delta Supplies',
        purpose: 'Packaging',
        nextContactDue: due,
        overdueDays: 3,
      },
    });
    // The next hours and days of the same lapse: nothing new.
    await tickAt(at(addDays(due, 3), '13:00'));
    await tickAt(at(addDays(due, 9), '12:00'));
    expect(await overdueNotices(bob.client, base)).toHaveLength(1);
    expect(await overdueNotices(client, base)).toEqual([]);

    // A contact logged (earlier than the relationship was made) gives it a new due date; when that lapses, a new
    // notice.
    await logInteraction(client, base, {
      partnerIds: [partner.id],
      relationshipIds: [relationship.id],
      occurredAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
    });
    const newDue = String((await client.get(`${base}/relationships/${relationship.id}`)).json().nextContactDue);
    expect(newDue).not.toBe(due);
    await tickAt(at(addDays(due, 10), '12:00'));
    const notices = await overdueNotices(bob.client, base);
    expect(notices.map((n) => n.params.nextContactDue)).toEqual([newDue, due]);
  });

  it('reads "overdue" in the owner’s time zone', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const east = await memberWithRole(ctx, workspace.id, 'member', 'East');
    const west = await memberWithRole(ctx, workspace.id, 'member', 'West');
    await east.client.patch('/api/v1/me', { timeZone: 'Pacific/Kiritimati' });
    await west.client.patch('/api/v1/me', { timeZone: 'Pacific/Pago_Pago' });
    const eastOwned = await makeRelationship(client, base, { ownerId: east.user.id, cadenceDays: 30 }, 'East Partner');
    const westOwned = await makeRelationship(client, base, { ownerId: west.user.id, cadenceDays: 30 }, 'West Partner');
    // Both due on the same date: at 11:00 UTC of that day it is already the next day in Kiritimati (UTC+14), not yet
    // in Pago Pago (UTC−11).
    const due = String(eastOwned.nextContactDue);
    await ctx.db.updateTable('relationship').set({ nextContactDue: due }).where('id', '=', westOwned.id).execute();
    await tickAt(at(due, '11:00'));
    expect((await overdueNotices(east.client, base)).map((n) => n.params.overdueDays)).toEqual([1]);
    expect(await overdueNotices(west.client, base)).toEqual([]);
  });

  it('skips snoozed, paused and ownerless relationships, and follows the owner’s choice', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const bob = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    const snoozed = await makeRelationship(client, base, { ownerId: bob.user.id }, 'Snoozed');
    await makeRelationship(client, base, { ownerId: bob.user.id, status: 'paused' }, 'Paused');
    await makeRelationship(client, base, { ownerId: null }, 'Nobody’s');
    const until = addDays(todayIn('UTC'), 60);
    const snooze = await client.post(`${base}/relationships/${snoozed.id}/snooze`, { until });
    expect(snooze.statusCode, snooze.body).toBe(201);
    const due = String(snoozed.nextContactDue);
    await tickAt(at(addDays(due, 2), '14:00'));
    expect(await overdueNotices(bob.client, base)).toEqual([]);
    // The day after the snooze ends it is overdue again.
    await tickAt(at(addDays(until, 1), '14:00'));
    expect((await overdueNotices(bob.client, base)).map((n) => n.params.partnerName)).toEqual(['Snoozed']);

    const carol = await memberWithRole(ctx, workspace.id, 'member', 'Carol');
    await carol.client.put(`${base}/me/reminders`, {
      items: [{ kind: 'relationship_overdue', byEmail: false, inApp: false }],
    });
    const quiet = await makeRelationship(client, base, { ownerId: carol.user.id }, 'Quiet');
    await tickAt(at(addDays(String(quiet.nextContactDue), 1), '15:00'));
    expect(await overdueNotices(carol.client, base)).toEqual([]);
  });

  it('tells by email, in the owner’s language, when they chose email', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx, 'Mail Co');
    const bob = await memberWithRole(ctx, workspace.id, 'member', 'Bob');
    await ctx.db.updateTable('appUser').set({ locale: 'fa' }).where('id', '=', bob.user.id).execute();
    await bob.client.put(`${base}/me/reminders`, {
      items: [{ kind: 'relationship_overdue', byEmail: true, inApp: false }],
    });
    const relationship = await makeRelationship(client, base, { ownerId: bob.user.id }, 'شرکت پارس');
    await tickAt(at(addDays(String(relationship.nextContactDue), 2), '16:00'));
    const emails = await ctx.db
      .selectFrom('emailMessage')
      .select(['subject', 'textBody', 'status'])
      .where('toAddress', '=', bob.user.email)
      .execute();
    // Without SMTP_URL the message stays in the outbox.
    expect(emails).toEqual([expect.objectContaining({ subject: 'وقت تماس با شرکت پارس است', status: 'queued' })]);
    expect(emails[0]?.textBody).toContain(`/w/${workspace.id}/relationships/${relationship.id}`);
    expect(emails[0]?.textBody).toContain('۲ روز پیش');
    expect(await overdueNotices(bob.client, base)).toEqual([]);
  });
});
