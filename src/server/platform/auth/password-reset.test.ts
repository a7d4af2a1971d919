import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, createUser, PASSWORD, type TestContext } from '../../test/harness.js';
import { startSmtpServer } from '../../test/smtp.js';

let ctx: TestContext;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  ctx = await createTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

const NEW_PASSWORD = 'a brand new secret';

async function requestMail(email: string) {
  const before = smtp.received.length;
  const response = await new Client(ctx.app).post('/api/v1/auth/password-reset', { email });
  expect(response.statusCode).toBe(202);
  const message = smtp.received.slice(before).find((m) => m.to.includes(email));
  if (!message) throw new Error(`no reset email for ${email}`);
  return message;
}

async function requestLink(email: string): Promise<string> {
  const message = await requestMail(email);
  const token = /reset-password\?token=([\w-]+)/.exec(message.text)?.[1];
  if (!token) throw new Error(`no reset link in the email to ${email}`);
  return token;
}

/** The address of the HTML part's button (the message's one action), unescaped. */
function buttonHref(html: string): string | undefined {
  return /<a href="([^"]*)" style="display: inline-block;/.exec(html)?.[1]?.replaceAll('&amp;', '&');
}

describe('forgotten password', () => {
  it('emails a link in the user language; the link sets a new password once and ends old sessions', async () => {
    const user = await createUser(ctx.db, { locale: 'ru' });
    const oldSession = new Client(ctx.app);
    await oldSession.signIn(user.email);

    const token = await requestLink(user.email);
    expect(smtp.received.at(-1)?.subject).toBe('Сброс пароля Rapport');

    const confirm = await new Client(ctx.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(confirm.statusCode).toBe(204);
    expect((await oldSession.get('/api/v1/me')).statusCode).toBe(401);
    expect(
      (await new Client(ctx.app).post('/api/v1/auth/sign-in', { email: user.email, password: PASSWORD })).statusCode,
    ).toBe(401);
    await new Client(ctx.app).signIn(user.email, NEW_PASSWORD);

    const reuse = await new Client(ctx.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'yet another secret',
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().code).toBe('reset_token_invalid');
  });

  it('has an HTML part beside the text with the same link as a button, and says it is automatic', async () => {
    const user = await createUser(ctx.db, { locale: 'vi', name: 'Lan' });
    const mail = await requestMail(user.email);
    expect(mail.rawHeaders.get('content-type')).toMatch(/^multipart\/alternative;/);
    const link = /(http\S+reset-password\?token=[\w-]+)/.exec(mail.text)?.[1];
    expect(link).toBeDefined();
    expect(mail.text).toContain(`Chọn mật khẩu mới: ${link}`);
    expect(mail.html).toContain('<html lang="vi" dir="ltr">');
    expect(mail.html).toContain('Xin chào Lan,');
    expect(buttonHref(mail.html)).toBe(link);
    expect(mail.rawHeaders.get('auto-submitted')).toBe('auto-generated');
  });

  it('writes the HTML right to left in Persian and escapes the user’s name', async () => {
    const user = await createUser(ctx.db, { locale: 'fa', name: '<img src=x onerror=alert(1)> & "Sara"' });
    const mail = await requestMail(user.email);
    expect(mail.html).toContain('<html lang="fa" dir="rtl">');
    expect(mail.html).toContain('<body dir="rtl"');
    const link = /(http\S+reset-password\?token=[\w-]+)/.exec(mail.text)?.[1];
    expect(buttonHref(mail.html)).toBe(link);
    expect(mail.html).toContain('سلام &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Sara&quot;،');
    expect(mail.html).not.toContain('<img');
    expect(mail.text).toContain('سلام <img src=x onerror=alert(1)> & "Sara"،');
    expect(mail.rawHeaders.get('auto-submitted')).toBe('auto-generated');
  });

  it('refuses a link older than one hour', async () => {
    const user = await createUser(ctx.db);
    const token = await requestLink(user.email);
    await ctx.db
      .updateTable('passwordReset')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('userId', '=', user.id)
      .execute();
    const response = await new Client(ctx.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('reset_token_invalid');
    await new Client(ctx.app).signIn(user.email, PASSWORD);
  });

  it('answers 202 for an unknown email without sending anything', async () => {
    const before = smtp.received.length;
    const response = await new Client(ctx.app).post('/api/v1/auth/password-reset', { email: 'ghost@example.com' });
    expect(response.statusCode).toBe(202);
    expect(smtp.received.length).toBe(before);
  });

  it('requires a new password of at least 10 characters', async () => {
    const user = await createUser(ctx.db);
    const token = await requestLink(user.email);
    const response = await new Client(ctx.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'short',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'password', rule: 'too_short' })]);
  });
});
