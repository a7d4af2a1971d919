import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { settlePassedInteractions } from './contact-pending.js';
import { daysFromNow, logInteraction, makePartner, makeRelationship } from '../../test/interactions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const contactOf = async (client: Client, base: string, id: string) => {
  const r = (await client.get(`${base}/relationships/${id}`)).json() as {
    lastContactAt: string | null;
    nextContactDue: string;
  };
  return { last: r.lastContactAt, due: r.nextContactDue };
};
/** The calendar date `days` after an instant's UTC date. */
const dueAfter = (iso: string, days: number) =>
  new Date(Date.parse(iso.slice(0, 10)) + days * 86_400_000).toISOString().slice(0, 10);

describe('last contact: derived from interactions', () => {
  it('follows the newest interaction, goes back to the previous one when it is deleted, and comes back on restore', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const partnerId = (relationship.partner as { id: string }).id;
    expect((await contactOf(client, base, relationship.id)).last).toBeNull();

    const older = await logInteraction(client, base, {
      kind: 'email',
      partnerIds: [partnerId],
      occurredAt: daysFromNow(-10),
    });
    expect(await contactOf(client, base, relationship.id)).toEqual({
      last: older.occurredAt,
      due: dueAfter(older.occurredAt as string, 30),
    });
    const newest = await logInteraction(client, base, {
      kind: 'site_visit',
      relationshipIds: [relationship.id],
      occurredAt: daysFromNow(-3),
    });
    expect(await contactOf(client, base, relationship.id)).toEqual({
      last: newest.occurredAt,
      due: dueAfter(newest.occurredAt as string, 30),
    });
    const oldest = await logInteraction(client, base, {
      kind: 'message',
      partnerIds: [partnerId],
      occurredAt: daysFromNow(-20),
    });
    expect((await contactOf(client, base, relationship.id)).last).toBe(newest.occurredAt);

    expect((await client.delete(`${base}/interactions/${newest.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    expect(await contactOf(client, base, relationship.id)).toEqual({
      last: older.occurredAt,
      due: dueAfter(older.occurredAt as string, 30),
    });
    expect((await client.post(`${base}/interactions/${newest.id}/restore`)).statusCode).toBe(200);
    expect((await contactOf(client, base, relationship.id)).last).toBe(newest.occurredAt);

    // Moving the newest back in time, then taking the next one to another partner.
    const moved = await client.patch(`${base}/interactions/${newest.id}`, { occurredAt: daysFromNow(-30), version: 3 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await contactOf(client, base, relationship.id)).last).toBe(older.occurredAt);
    const elsewhere = await makePartner(client, base, 'Elsewhere');
    await client.patch(`${base}/interactions/${older.id}`, { partnerIds: [elsewhere.id], version: 1 });
    expect((await contactOf(client, base, relationship.id)).last).toBe(oldest.occurredAt);
    // Nothing left: back to no contact, and the next contact counts from the start again.
    for (const i of [oldest, { ...moved.json(), id: newest.id }])
      await client.delete(`${base}/interactions/${i.id}`, { 'if-match': String(i.version) });
    expect(await contactOf(client, base, relationship.id)).toEqual({
      last: null,
      due: dueAfter(relationship.createdAt as string, 30),
    });
  });

  it("is not touched by another partner's interaction, and counts people met as participants", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const ours = await makeRelationship(client, base, {}, 'Ours');
    const theirs = await makeRelationship(client, base, {}, 'Theirs');
    const person = await makePartner(client, base, 'Anna Person', { type: 'person' });
    const withPerson = await makeRelationship(client, base, { partnerId: person.id });
    const logged = await logInteraction(client, base, {
      kind: 'meeting',
      partnerIds: [(theirs.partner as { id: string }).id],
      personIds: [person.id],
      occurredAt: daysFromNow(-1),
    });
    expect((await contactOf(client, base, ours.id)).last).toBeNull();
    expect((await contactOf(client, base, theirs.id)).last).toBe(logged.occurredAt);
    expect((await contactOf(client, base, withPerson.id)).last).toBe(logged.occurredAt);
  });

  it("dates the next contact in the calendar of the relationship's owner, not of whoever logged it", async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    await client.patch('/api/v1/me', { timeZone: 'Pacific/Kiritimati' });
    const relationship = await makeRelationship(client, base, { cadenceDays: 10 });
    // 12:00 UTC on the 10th is already the 11th at UTC+14, where the owner lives.
    await logInteraction(client, base, { relationshipIds: [relationship.id], occurredAt: '2026-01-10T12:00:00Z' });
    expect(await contactOf(client, base, relationship.id)).toEqual({
      last: '2026-01-10T12:00:00.000Z',
      due: '2026-01-21',
    });
    // A member in UTC logging the next contact does not read it in their calendar (it would be the 22nd).
    const member = await memberWithRole(ctx, workspace.id, 'member');
    await logInteraction(member.client, base, {
      relationshipIds: [relationship.id],
      occurredAt: '2026-01-12T12:00:00Z',
    });
    expect((await contactOf(client, base, relationship.id)).due).toBe('2026-01-23');
  });

  it('does not count a planned meeting until its time has come; then the job counts it', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const relationship = await makeRelationship(client, base);
    const past = await logInteraction(client, base, {
      relationshipIds: [relationship.id],
      occurredAt: daysFromNow(-5),
    });
    const planned = await logInteraction(client, base, {
      kind: 'meeting',
      relationshipIds: [relationship.id],
      occurredAt: daysFromNow(2),
    });
    expect(planned.planned).toBe(true);
    expect((await contactOf(client, base, relationship.id)).last).toBe(past.occurredAt);
    await settlePassedInteractions(ctx.db, new Date(Date.now() + 86_400_000));
    expect((await contactOf(client, base, relationship.id)).last).toBe(past.occurredAt);
    const later = new Date(Date.now() + 3 * 86_400_000);
    expect(await settlePassedInteractions(ctx.db, later)).toBeGreaterThanOrEqual(1);
    expect(await contactOf(client, base, relationship.id)).toEqual({
      last: planned.occurredAt,
      due: dueAfter(planned.occurredAt as string, 30),
    });
    // Settled once: running again finds nothing of it.
    const pending = await ctx.db
      .selectFrom('interaction')
      .select('contactPending')
      .where('id', '=', planned.id)
      .executeTakeFirstOrThrow();
    expect(pending.contactPending).toBe(false);
  });

  it('starts a new relationship from the last contact already had with its partner', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Known Co');
    const contact = await logInteraction(client, base, { partnerIds: [partner.id], occurredAt: daysFromNow(-7) });
    await logInteraction(client, base, { partnerIds: [partner.id], occurredAt: daysFromNow(5) });
    const relationship = await makeRelationship(client, base, { partnerId: partner.id, cadenceDays: 14 });
    expect(relationship).toMatchObject({
      lastContactAt: contact.occurredAt,
      nextContactDue: dueAfter(contact.occurredAt as string, 14),
    });
  });
});

describe('last contact and partner merges', () => {
  it('moves what the merged partner took part in to the survivor and recomputes its relationships', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const survivor = await makePartner(client, base, 'Acme');
    const duplicate = await makePartner(client, base, 'ACME Inc');
    const relationship = await makeRelationship(client, base, { partnerId: duplicate.id });
    const old = await logInteraction(client, base, {
      partnerIds: [duplicate.id],
      occurredAt: daysFromNow(-10),
      actionItems: [{ title: 'Follow up' }],
    });
    const recent = await logInteraction(client, base, {
      partnerIds: [survivor.id, duplicate.id],
      occurredAt: daysFromNow(-4),
    });
    await client.patch(`${base}/interactions/${recent.id}`, { partnerIds: [survivor.id], version: 1 });
    expect((await contactOf(client, base, relationship.id)).last).toBe(old.occurredAt);
    expect(
      (await client.post(`${base}/partners/merge`, { survivorId: survivor.id, mergedIds: [duplicate.id] })).statusCode,
    ).toBe(200);

    // The relationship and everything the duplicate took part in moved with the merge.
    expect((await contactOf(client, base, relationship.id)).last).toBe(recent.occurredAt);
    const timeline = (await client.get(`${base}/partners/${survivor.id}/timeline`))
      .json()
      .items.map((i: { type: string; id: string }) => `${i.type}:${i.id}`);
    expect(timeline).toEqual(expect.arrayContaining([`interaction:${old.id}`, `interaction:${recent.id}`]));
    expect((await client.get(`${base}/interactions/${old.id}`)).json().partners).toEqual([
      expect.objectContaining({ id: survivor.id }),
    ]);
    expect((await client.get(`${base}/tasks?partner=${survivor.id}`)).json().items).toHaveLength(1);
  });
});
