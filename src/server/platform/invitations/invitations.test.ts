import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app/app.js';
import type { App } from '../http/index.js';
import {
  Client,
  createTestApp,
  createUser,
  memberWithRole,
  PASSWORD,
  uniqueEmail,
  workspaceWithOwner,
  type TestContext,
} from '../../test/harness.js';
import { startSmtpServer } from '../../test/smtp.js';
import { insertMembership } from '../workspaces/index.js';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let ctx: TestContext;
/** The same app and database without SMTP_URL, to see what happens to email when no server is configured. */
let noSmtp: TestContext;

beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await createTestApp({ SMTP_URL: smtp.url });
  const plainApp: App = await buildApp(
    { db: ctx.db, config: { ...ctx.config, smtpUrl: undefined } },
    { logger: false },
  );
  await plainApp.ready();
  noSmtp = { ...ctx, app: plainApp, close: () => plainApp.close() };
});

afterAll(async () => {
  await noSmtp.close();
  await ctx.close();
  await smtp.close();
});

/** The address of the HTML part's button (the message's one action), unescaped. */
function buttonHref(html: string | undefined): string | undefined {
  const href = /<a href="([^"]*)" style="display: inline-block;/.exec(html ?? '')?.[1];
  return href?.replaceAll('&amp;', '&');
}

type Invitation = { id: string; email: string; role: string; token: string; url: string; expiresAt: string };
type ListItem = {
  id: string;
  email: string;
  role: string;
  status: string;
  invitedBy: { id: string; name: string } | null;
};

async function invite(client: Client, base: string, email: string, role = 'member'): Promise<Invitation> {
  const response = await client.post(`${base}/invitations`, { email, role });
  expect(response.statusCode).toBe(201);
  return response.json() as Invitation;
}

async function listInvitations(client: Client, base: string): Promise<ListItem[]> {
  const response = await client.get(`${base}/invitations`);
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: ListItem[] }).items;
}

describe('invitations: creating', () => {
  it('lets an owner and an admin invite: 201 with the link, the token in the url, and Location', async () => {
    const { client, base, workspace, owner } = await workspaceWithOwner(ctx);
    const admin = await memberWithRole(ctx, workspace.id, 'admin');
    for (const [inviter, role] of [
      [client, 'admin'],
      [admin.client, 'viewer'],
    ] as const) {
      const email = uniqueEmail('invitee');
      const response = await inviter.post(`${base}/invitations`, { email, role });
      expect(response.statusCode).toBe(201);
      const body = response.json() as Invitation;
      expect(body).toMatchObject({ email, role });
      expect(body.token.length).toBeGreaterThanOrEqual(32);
      expect(body.url).toBe(`http://rapport.test/invite/${body.token}`);
      expect(response.headers.location).toBe(`${base}/invitations/${body.id}`);
      expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    }
    const list = await listInvitations(client, base);
    expect(list).toHaveLength(2);
    expect(list.map((i) => i.status)).toEqual(['pending', 'pending']);
    expect(list[1]?.invitedBy).toEqual({ id: owner.id, name: 'Olga Owner' });
  });

  it('answers 403 to a member and a viewer, and to an admin inviting an owner', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const member = await memberWithRole(ctx, workspace.id, 'member');
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    const admin = await memberWithRole(ctx, workspace.id, 'admin');
    for (const c of [member.client, viewer.client]) {
      const response = await c.post(`${base}/invitations`, { email: uniqueEmail(), role: 'viewer' });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
      expect((await c.get(`${base}/invitations`)).statusCode).toBe(403);
    }
    const asOwner = await admin.client.post(`${base}/invitations`, { email: uniqueEmail(), role: 'owner' });
    expect(asOwner.statusCode).toBe(403);
    expect(asOwner.json()).toMatchObject({ code: 'forbidden' });
    expect(await listInvitations(client, base)).toEqual([]);
    // An owner may invite an owner.
    await invite(client, base, uniqueEmail(), 'owner');
  });

  it('answers 409 duplicate naming email when the address already belongs to a member', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const { user } = await memberWithRole(ctx, workspace.id, 'viewer');
    const response = await client.post(`${base}/invitations`, { email: user.email.toUpperCase(), role: 'admin' });
    expect(response.statusCode).toBe(409);
    const body = response.json() as { code: string; errors: { path: string }[] };
    expect(body.code).toBe('duplicate');
    expect(body.errors.map((e) => e.path)).toEqual(['email']);
    expect(await listInvitations(client, base)).toEqual([]);
  });

  it('revokes the older link when the same address is invited again', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const email = uniqueEmail();
    const first = await invite(client, base, email, 'viewer');
    const second = await invite(client, base, email, 'member');
    const old = await new Client(ctx.app).get(`/api/v1/invitations/${first.token}`);
    expect(old.statusCode).toBe(404);
    expect(old.json()).toMatchObject({ code: 'invitation_invalid' });
    const oldAccept = await new Client(ctx.app).post(`/api/v1/invitations/${first.token}/accept`, {
      name: 'Late',
      password: PASSWORD,
    });
    expect(oldAccept.statusCode).toBe(404);
    expect(oldAccept.json()).toMatchObject({ code: 'invitation_invalid' });
    const fresh = await new Client(ctx.app).get(`/api/v1/invitations/${second.token}`);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({ role: 'member' });
    const statuses = Object.fromEntries((await listInvitations(client, base)).map((i) => [i.id, i.status]));
    expect(statuses).toEqual({ [first.id]: 'revoked', [second.id]: 'pending' });
  });
});

describe('invitations: preview and accept', () => {
  it('previews the link: workspace name, email, role, whether an account exists', async () => {
    const { client, base } = await workspaceWithOwner(ctx, 'Preview Co');
    const fresh = await invite(client, base, uniqueEmail('new'), 'viewer');
    const existingUser = await createUser(ctx.db);
    const existing = await invite(client, base, existingUser.email, 'admin');
    const anonymous = new Client(ctx.app);
    const a = await anonymous.get(`/api/v1/invitations/${fresh.token}`);
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({
      workspaceName: 'Preview Co',
      email: fresh.email,
      role: 'viewer',
      accountExists: false,
    });
    const b = await anonymous.get(`/api/v1/invitations/${existing.token}`);
    expect(b.json()).toMatchObject({
      workspaceName: 'Preview Co',
      email: existingUser.email,
      role: 'admin',
      accountExists: true,
    });
    const unknown = await anonymous.get(`/api/v1/invitations/${'x'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'invitation_invalid' });
  });

  it('creates the account on accept, signs the new user in with the invited role, and the password works', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx, 'Welcome Ltd');
    const email = uniqueEmail('newcomer');
    const invitation = await invite(client, base, email, 'admin');
    const newcomer = new Client(ctx.app);
    const accept = await newcomer.post(`/api/v1/invitations/${invitation.token}/accept`, {
      name: 'Nina Newcomer',
      password: 'a long new password',
    });
    expect(accept.statusCode).toBe(200);
    expect(newcomer.cookie).toBeTruthy();
    expect(accept.json()).toMatchObject({ user: { email, name: 'Nina Newcomer' }, currentWorkspaceId: workspace.id });

    const me = await newcomer.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email },
      workspaces: [{ id: workspace.id, name: 'Welcome Ltd', role: 'admin' }],
    });
    // The new admin can act with the CSRF token the accept answer gave.
    expect((await newcomer.get(`${base}/invitations`)).statusCode).toBe(200);

    const again = new Client(ctx.app);
    await again.signIn(email, 'a long new password');
    const wrong = await new Client(ctx.app).post('/api/v1/auth/sign-in', { email, password: PASSWORD });
    expect(wrong.statusCode).toBe(401);

    const members = (await client.get(`${base}/members`)).json() as { items: { email: string; role: string }[] };
    expect(members.items.map((m) => [m.email, m.role])).toContainEqual([email, 'admin']);
    const list = await listInvitations(client, base);
    expect(list.find((i) => i.id === invitation.id)?.status).toBe('accepted');
  });

  it('answers 400 naming the missing field when a new account accepts without name or password', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const invitation = await invite(client, base, uniqueEmail(), 'member');
    const url = `/api/v1/invitations/${invitation.token}/accept`;
    const noName = await new Client(ctx.app).post(url, { password: PASSWORD });
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ code: 'validation', errors: [{ path: 'name', rule: 'required' }] });
    const noPassword = await new Client(ctx.app).post(url, { name: 'Pat' });
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json()).toMatchObject({ code: 'validation', errors: [{ path: 'password', rule: 'required' }] });
    const short = await new Client(ctx.app).post(url, { name: 'Pat', password: 'short1234' });
    expect(short.statusCode).toBe(400);
    const shortBody = short.json() as { errors: { path: string; rule: string }[] };
    expect(shortBody.errors).toContainEqual(expect.objectContaining({ path: 'password', rule: 'too_short' }));
    // None of these used the link.
    expect((await new Client(ctx.app).get(`/api/v1/invitations/${invitation.token}`)).statusCode).toBe(200);
    expect((await listInvitations(client, base))[0]?.status).toBe('pending');
  });

  it('lets an existing account accept with its password; a wrong password is 401 and joins nothing', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const user = await createUser(ctx.db, { name: 'Erin Existing' });
    const invitation = await invite(client, base, user.email, 'viewer');
    const url = `/api/v1/invitations/${invitation.token}/accept`;
    const wrong = await new Client(ctx.app).post(url, { password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'invalid_credentials' });
    const missing = await new Client(ctx.app).post(url, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ errors: [{ path: 'password' }] });
    expect((await listInvitations(client, base))[0]?.status).toBe('pending');

    const erin = new Client(ctx.app);
    const accept = await erin.post(url, { password: PASSWORD });
    expect(accept.statusCode).toBe(200);
    expect(accept.json()).toMatchObject({
      user: { id: user.id, name: 'Erin Existing' },
      workspaces: [{ id: workspace.id, role: 'viewer' }],
    });
    expect((await erin.get(base)).json()).toMatchObject({ id: workspace.id, role: 'viewer' });
  });

  it('lets a signed-in user whose email matches accept with just the CSRF header', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx, 'Their own');
    const invitation = await invite(client, base, other.owner.email, 'member');
    const accept = await other.client.post(`/api/v1/invitations/${invitation.token}/accept`, {});
    expect(accept.statusCode).toBe(200);
    expect(accept.json()).toMatchObject({ user: { id: other.owner.id }, currentWorkspaceId: workspace.id });
    const me = (await other.client.get('/api/v1/me')).json() as { workspaces: { id: string; role: string }[] };
    expect(me.workspaces.map((w) => [w.id, w.role]).sort()).toEqual(
      [
        [workspace.id, 'member'],
        [other.workspace.id, 'owner'],
      ].sort(),
    );
  });

  it('keeps the role of someone who became a member before accepting', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx, 'Elsewhere');
    const invitation = await invite(client, base, other.owner.email, 'viewer');
    await insertMembership(ctx.db, { workspaceId: workspace.id, userId: other.owner.id, role: 'admin' });
    expect((await other.client.post(`/api/v1/invitations/${invitation.token}/accept`, {})).statusCode).toBe(200);
    const me = (await other.client.get('/api/v1/me')).json() as { workspaces: { id: string; role: string }[] };
    expect(me.workspaces.find((w) => w.id === workspace.id)?.role).toBe('admin');
  });

  it('answers 403 to a signed-in user with another email, and the link stays usable', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx, 'Someone else');
    const invitation = await invite(client, base, uniqueEmail('intended'), 'admin');
    const response = await other.client.post(`/api/v1/invitations/${invitation.token}/accept`, {
      name: 'Mallory',
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
    const members = (await client.get(`${base}/members`)).json() as { items: { userId: string }[] };
    expect(members.items.map((m) => m.userId)).not.toContain(other.owner.id);
    expect((await listInvitations(client, base))[0]?.status).toBe('pending');
  });

  it('answers 404 invitation_invalid to a used, revoked or expired link, and lists every status', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const used = await invite(client, base, uniqueEmail('used'), 'member');
    const revoked = await invite(client, base, uniqueEmail('revoked'), 'member');
    const expired = await invite(client, base, uniqueEmail('expired'), 'member');
    const pending = await invite(client, base, uniqueEmail('pending'), 'viewer');

    expect(
      (await new Client(ctx.app).post(`/api/v1/invitations/${used.token}/accept`, { name: 'Used', password: PASSWORD }))
        .statusCode,
    ).toBe(200);
    const revoke = await client.delete(`${base}/invitations/${revoked.id}`);
    expect(revoke.statusCode).toBe(204);
    await ctx.db
      .updateTable('invitation')
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where('id', '=', expired.id)
      .execute();

    for (const invitation of [used, revoked, expired]) {
      const preview = await new Client(ctx.app).get(`/api/v1/invitations/${invitation.token}`);
      expect(preview.statusCode).toBe(404);
      expect(preview.json()).toMatchObject({ code: 'invitation_invalid' });
      const accept = await new Client(ctx.app).post(`/api/v1/invitations/${invitation.token}/accept`, {
        name: 'Again',
        password: PASSWORD,
      });
      expect(accept.statusCode).toBe(404);
      expect(accept.json()).toMatchObject({ code: 'invitation_invalid' });
    }

    const statuses = Object.fromEntries((await listInvitations(client, base)).map((i) => [i.id, i.status]));
    expect(statuses).toEqual({
      [used.id]: 'accepted',
      [revoked.id]: 'revoked',
      [expired.id]: 'expired',
      [pending.id]: 'pending',
    });
    // Only the one accepted invitation added a member.
    const members = (await client.get(`${base}/members`)).json() as { items: { email: string }[] };
    expect(members.items.map((m) => m.email)).toEqual([owner.email, used.email]);
  });

  it('answers 404 when revoking an invitation id the workspace does not have', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const response = await client.delete(`${base}/invitations/01900000-0000-7000-8000-000000000000`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('invitations: email', () => {
  it('sends the invitation over SMTP to the invited address with the accept link, and the outbox shows it sent', async () => {
    const { client, base } = await workspaceWithOwner(ctx, 'Mail Test Co');
    const email = uniqueEmail('mailed');
    const invitation = await invite(client, base, email, 'member');

    const messages = smtp.received.filter((m) => m.to.includes(email));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.text).toContain(invitation.url);
    expect(messages[0]?.text).toContain('Mail Test Co');
    expect(messages[0]?.subject).toContain('Mail Test Co');

    const outbox = await client.get(`${base}/outbox`);
    expect(outbox.statusCode).toBe(200);
    const items = (
      outbox.json() as {
        items: { to: string; status: string; text: string; sentAt: string | null; error: string | null }[];
      }
    ).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ to: email, status: 'sent', error: null });
    expect(items[0]?.text).toContain(invitation.url);
    expect(items[0]?.sentAt).not.toBeNull();
  });

  it('has an HTML part beside the text, with the same accept link as a button, and says it is automatic', async () => {
    const { client, base } = await workspaceWithOwner(ctx, 'Mail Test Co');
    const email = uniqueEmail('html');
    const invitation = await invite(client, base, email, 'admin');
    const [mail] = smtp.received.filter((m) => m.to.includes(email));
    // multipart/alternative: the text part and the HTML part are two renderings of one message.
    expect(mail?.rawHeaders.get('content-type')).toMatch(/^multipart\/alternative;/);
    expect(mail?.text).toContain(`Accept the invitation: ${invitation.url}`);
    expect(mail?.html).toContain('<html lang="en" dir="ltr">');
    expect(mail?.html).toContain('Mail Test Co');
    expect(buttonHref(mail?.html)).toBe(invitation.url);
    expect(mail?.rawHeaders.get('auto-submitted')).toBe('auto-generated');
  });

  it('writes the HTML right to left in Persian, and escapes the inviter’s and workspace’s names', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx, 'R&D <b>Lab</b>');
    await ctx.db
      .updateTable('appUser')
      .set({ locale: 'fa', name: '<script>alert("x")</script> & Co' })
      .where('id', '=', owner.id)
      .execute();
    const email = uniqueEmail('rtl');
    const invitation = await invite(client, base, email, 'member');
    const [mail] = smtp.received.filter((m) => m.to.includes(email));
    expect(mail?.html).toContain('<html lang="fa" dir="rtl">');
    expect(mail?.html).toContain('<body dir="rtl"');
    expect(mail?.html).toContain('پذیرفتن دعوت');
    expect(buttonHref(mail?.html)).toBe(invitation.url);
    expect(mail?.text).toContain(`پذیرفتن دعوت: ${invitation.url}`);
    expect(mail?.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(mail?.html).toContain('R&amp;D &lt;b&gt;Lab&lt;/b&gt;');
    expect(mail?.html).not.toContain('<script>');
    expect(mail?.html).not.toContain('<b>Lab');
    // The text part is text: the name as typed.
    expect(mail?.text).toContain('<script>alert("x")</script> & Co');
    expect(mail?.rawHeaders.get('auto-submitted')).toBe('auto-generated');
  });

  it('keeps the email queued in the outbox when SMTP_URL is not set', async () => {
    const { client, base } = await workspaceWithOwner(noSmtp);
    const email = uniqueEmail('queued');
    const invitation = await invite(client, base, email, 'viewer');
    expect(smtp.received.some((m) => m.to.includes(email))).toBe(false);
    const outbox = await client.get(`${base}/outbox`);
    expect(outbox.statusCode).toBe(200);
    const items = (outbox.json() as { items: { to: string; status: string; text: string; sentAt: string | null }[] })
      .items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ to: email, status: 'queued', sentAt: null });
    expect(items[0]?.text).toContain(invitation.url);
  });
});
