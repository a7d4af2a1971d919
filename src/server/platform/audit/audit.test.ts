import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  memberWithRole,
  PASSWORD,
  uniqueEmail,
  workspaceWithOwner,
  type TestContext,
} from '../../test/harness.js';
import { makePartner, makeRelationship } from '../../test/factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Entry = {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  entityName: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  names: Record<string, string>;
};

async function auditLog(client: Client, base: string): Promise<Entry[]> {
  const response = await client.get(`${base}/audit-log?limit=200`);
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: Entry[] }).items;
}

async function newest(client: Client, base: string): Promise<Entry | undefined> {
  return (await auditLog(client, base))[0];
}

describe('audit log: every change is recorded', () => {
  it('records workspace.create for a workspace made by the harness and through the API', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx, 'Audited Co');
    expect(await auditLog(client, base)).toEqual([
      expect.objectContaining({
        actor: { id: owner.id, name: 'Olga Owner' },
        action: 'workspace.create',
        entityType: 'workspace',
        entityId: workspace.id,
        changes: { name: { before: null, after: 'Audited Co' } },
      }),
    ]);

    const created = await client.post('/api/v1/workspaces', { name: 'Second Co' });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: string }).id;
    expect(await auditLog(client, `/api/v1/w/${id}`)).toEqual([
      expect.objectContaining({
        actor: { id: owner.id, name: 'Olga Owner' },
        action: 'workspace.create',
        entityId: id,
        changes: { name: { before: null, after: 'Second Co' } },
      }),
    ]);
  });

  it('records member.role_change with the role before and after', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    const { user } = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await client.patch(`${base}/members/${user.id}`, { role: 'admin', version: 1 })).statusCode).toBe(200);
    expect(await newest(client, base)).toMatchObject({
      actor: { id: owner.id },
      action: 'member.role_change',
      entityType: 'member',
      entityId: user.id,
      changes: { role: { before: 'viewer', after: 'admin' } },
    });
  });

  it('records member.remove, by an admin and by a member leaving', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const admin = await memberWithRole(ctx, workspace.id, 'admin', 'Ada Admin');
    const removed = await memberWithRole(ctx, workspace.id, 'member');
    const leaver = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await admin.client.delete(`${base}/members/${removed.user.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    expect(await newest(client, base)).toMatchObject({
      actor: { id: admin.user.id, name: 'Ada Admin' },
      action: 'member.remove',
      entityType: 'member',
      entityId: removed.user.id,
      changes: { email: { before: removed.user.email, after: null }, role: { before: 'member', after: null } },
    });
    expect((await leaver.client.delete(`${base}/members/${leaver.user.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    expect(await newest(client, base)).toMatchObject({
      actor: { id: leaver.user.id },
      action: 'member.remove',
      entityId: leaver.user.id,
      changes: { role: { before: 'viewer', after: null } },
    });
  });

  it('records invitation.create, invitation.revoke and invitation.accept', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const revokedEmail = uniqueEmail('revoked');
    const revoked = (await client.post(`${base}/invitations`, { email: revokedEmail, role: 'viewer' })).json() as {
      id: string;
    };
    expect(await newest(client, base)).toMatchObject({
      actor: { id: owner.id },
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: revoked.id,
      changes: { email: { before: null, after: revokedEmail }, role: { before: null, after: 'viewer' } },
    });

    expect((await client.delete(`${base}/invitations/${revoked.id}`)).statusCode).toBe(204);
    expect(await newest(client, base)).toMatchObject({
      actor: { id: owner.id },
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: revoked.id,
      changes: { status: { before: 'pending', after: 'revoked' } },
    });

    const accepted = (
      await client.post(`${base}/invitations`, { email: uniqueEmail('joiner'), role: 'member' })
    ).json() as { token: string };
    const joiner = new Client(ctx.app);
    const accept = await joiner.post(`/api/v1/invitations/${accepted.token}/accept`, {
      name: 'Jo Joiner',
      password: PASSWORD,
    });
    expect(accept.statusCode).toBe(200);
    const joinerId = (accept.json() as { user: { id: string } }).user.id;
    expect(await newest(client, base)).toMatchObject({
      actor: { id: joinerId, name: 'Jo Joiner' },
      action: 'invitation.accept',
      entityType: 'member',
      entityId: joinerId,
      changes: { role: { before: null, after: 'member' } },
    });
    expect((await auditLog(client, base)).map((e) => e.action)).toEqual([
      'invitation.accept',
      'invitation.create',
      'invitation.revoke',
      'invitation.create',
      'workspace.create',
    ]);
  });

  it('records workspace.update with the name before and after', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx, 'Old Name');
    const response = await client.patch(base, { name: 'New Name', version: 1 });
    expect(response.statusCode).toBe(200);
    expect(await newest(client, base)).toMatchObject({
      actor: { id: owner.id },
      action: 'workspace.update',
      entityType: 'workspace',
      entityId: workspace.id,
      changes: { name: { before: 'Old Name', after: 'New Name' } },
    });
  });

  it('records user.update with only the changed fields', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const response = await client.patch('/api/v1/me', { name: 'Olga Renamed' });
    expect(response.statusCode).toBe(200);
    const entry = await newest(client, base);
    expect(entry).toMatchObject({
      actor: { id: owner.id, name: 'Olga Renamed' },
      action: 'user.update',
      entityType: 'user',
      entityId: owner.id,
    });
    expect(entry?.changes).toEqual({ name: { before: 'Olga Owner', after: 'Olga Renamed' } });
  });
});

describe('audit log: refused changes leave no entry', () => {
  it('writes nothing for a stale version or a last-owner refusal, and nothing changes', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx, 'Steady');
    const { user } = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await client.patch(`${base}/members/${user.id}`, { role: 'member', version: 1 })).statusCode).toBe(200);
    expect((await client.patch(base, { name: 'Steady Two', version: 1 })).statusCode).toBe(200);
    const before = await auditLog(client, base);

    const staleMember = await client.patch(`${base}/members/${user.id}`, { role: 'admin', version: 1 });
    expect(staleMember.statusCode).toBe(412);
    const staleRemove = await client.delete(`${base}/members/${user.id}`, { 'if-match': '1' });
    expect(staleRemove.statusCode).toBe(412);
    const staleWorkspace = await client.patch(base, { name: 'Lost update', version: 1 });
    expect(staleWorkspace.statusCode).toBe(412);
    expect(staleWorkspace.json()).toMatchObject({ code: 'stale_version', current: { name: 'Steady Two', version: 2 } });
    const demote = await client.patch(`${base}/members/${owner.id}`, { role: 'admin', version: 1 });
    expect(demote.statusCode).toBe(422);
    const leave = await client.delete(`${base}/members/${owner.id}`, { 'if-match': '1' });
    expect(leave.statusCode).toBe(422);

    expect(await auditLog(client, base)).toEqual(before);
    expect((await client.get(base)).json()).toMatchObject({ name: 'Steady Two', version: 2 });
  });
});

describe('audit log: access and pagination', () => {
  it('answers 403 to members and viewers on the audit log and the outbox', async () => {
    const { base, workspace } = await workspaceWithOwner(ctx);
    const admin = await memberWithRole(ctx, workspace.id, 'admin');
    expect((await admin.client.get(`${base}/audit-log`)).statusCode).toBe(200);
    expect((await admin.client.get(`${base}/outbox`)).statusCode).toBe(200);
    for (const role of ['member', 'viewer'] as const) {
      const { client } = await memberWithRole(ctx, workspace.id, role);
      for (const path of ['audit-log', 'outbox']) {
        const response = await client.get(`${base}/${path}`);
        expect(response.statusCode).toBe(403);
        expect(response.json()).toMatchObject({ code: 'forbidden' });
        expect(response.body).not.toContain('workspace.create');
      }
    }
  });

  it('walks every entry exactly once, newest first, with limit=2', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    for (let i = 0; i < 3; i++) await memberWithRole(ctx, workspace.id, 'viewer');
    for (let i = 0; i < 4; i++)
      expect((await client.post(`${base}/invitations`, { email: uniqueEmail(), role: 'member' })).statusCode).toBe(201);
    expect((await client.patch(base, { name: 'Paged', version: 1 })).statusCode).toBe(200);
    const all = await auditLog(client, base);
    expect(all).toHaveLength(6);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await client.get(
        `${base}/audit-log?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: Entry[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((e) => e.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(cursor).toBeNull();
    expect(pages).toBe(3);
    expect(seen).toEqual(all.map((e) => e.id));
    expect(new Set(seen).size).toBe(6);
    expect(all[0]?.action).toBe('workspace.update');
    expect(all[5]?.action).toBe('workspace.create');
  });

  it('answers 400 naming cursor to a garbage cursor', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    for (const cursor of ['garbage', Buffer.from(JSON.stringify(['not-a-uuid'])).toString('base64url')]) {
      const response = await client.get(`${base}/audit-log?cursor=${cursor}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation', errors: [{ path: 'cursor' }] });
    }
  });
});

describe('audit log: names instead of ids', () => {
  it('names the record and every member, partner and checklist item the changes mention, trashed ones too', async () => {
    const { client, base, owner, workspace } = await workspaceWithOwner(ctx);
    const { user: bob } = await memberWithRole(ctx, workspace.id, 'member', 'Bob Buyer');
    const relationship = await makeRelationship(client, base, { purpose: 'Steel supply' }, 'Hòa Phát Steel');
    const moved = await client.post(`${base}/relationships/${relationship.id}/stage`, {
      to: 'engagement',
      version: 1,
      confirmSkipped: true,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const meeting = await client.post(`${base}/interactions`, {
      kind: 'meeting',
      subject: 'Price review',
      relationshipIds: [relationship.id],
      memberIds: [owner.id, bob.id],
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const interactionId = (meeting.json() as { id: string }).id;
    expect((await client.delete(`${base}/interactions/${interactionId}`, { 'if-match': '1' })).statusCode).toBe(204);

    const log = await auditLog(client, base);
    const created = log.find((e) => e.action === 'interaction.create');
    expect(created).toMatchObject({ entityName: 'Price review' });
    expect(created?.names).toMatchObject({
      [owner.id]: 'Olga Owner',
      [bob.id]: 'Bob Buyer',
      [relationship.id]: 'Hòa Phát Steel · Steel supply',
    });
    expect(log.find((e) => e.action === 'interaction.delete')).toMatchObject({ entityName: 'Price review' });
    const stage = log.find((e) => e.action === 'relationship.stage');
    expect(stage).toMatchObject({
      entityName: 'Hòa Phát Steel · Steel supply',
      changes: { stage: { before: 'formation', after: 'engagement' } },
    });
    // Shipped checklist items are keys the web translates, not ids to look up.
    expect(stage?.changes.skippedItems?.after).toEqual(expect.arrayContaining(['planning.joint_plan']));
    const partner = log.find((e) => e.action === 'partner.create');
    expect(partner).toMatchObject({ entityName: 'Hòa Phát Steel', names: { [owner.id]: 'Olga Owner' } });
    expect(log.find((e) => e.action === 'workspace.create')?.entityName).toBe('Test workspace');
  });

  it("never names another workspace's records, and shows nothing to a member", async () => {
    const mine = await workspaceWithOwner(ctx, 'Mine');
    const theirs = await workspaceWithOwner(ctx, 'Theirs');
    const secret = await makePartner(theirs.client, theirs.base, 'Secret Supplier Ltd');
    // An id of theirs in my workspace's log (as a forged or stale value would be) stays unnamed.
    await ctx.db
      .insertInto('auditLog')
      .values({
        id: '01900000-0000-7000-8000-000000000001',
        workspaceId: mine.workspace.id,
        actorId: mine.owner.id,
        action: 'partner.update',
        entityType: 'partner',
        entityId: secret.id,
        changes: JSON.stringify({ affiliations: { before: theirs.workspace.id, after: [secret.id, theirs.owner.id] } }),
      })
      .execute();
    const response = await mine.client.get(`${mine.base}/audit-log?limit=200`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('Secret Supplier');
    expect(response.body).not.toContain('Theirs');
    const forged = (response.json() as { items: Entry[] }).items.find((e) => e.entityId === secret.id);
    expect(forged?.entityName).toBeNull();
    expect(forged?.names).toEqual({});
    expect((await mine.client.get(`${theirs.base}/audit-log`)).statusCode).toBe(404);
    const { client: member } = await memberWithRole(ctx, mine.workspace.id, 'member');
    const refused = await member.get(`${mine.base}/audit-log`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Olga Owner');
  });
});
