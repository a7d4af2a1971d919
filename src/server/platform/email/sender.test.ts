import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../test/smtp.js';
import { createEmailSender, type EmailSender } from './sender.js';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let sender: EmailSender;

beforeAll(async () => {
  smtp = await startSmtpServer();
  const made = createEmailSender({ smtpUrl: smtp.url, from: 'Rapport <rapport@example.com>' });
  if (!made) throw new Error('no sender');
  sender = made;
});

afterAll(async () => {
  sender.close();
  await smtp.close();
});

describe('email sender', () => {
  it('marks every message as automatic (RFC 3834) beside its own headers, and sends text and HTML as alternatives', async () => {
    await sender.send({
      to: 'reader@example.com',
      subject: 'Hello',
      text: 'Open: https://x.test/open\n',
      html: '<p><a href="https://x.test/open">Open</a></p>',
      // A stored message cannot say it is not automatic.
      headers: { 'List-Unsubscribe': '<https://x.test/stop>', 'Auto-Submitted': 'no' },
    });
    const mail = smtp.received.at(-1);
    expect(mail?.rawHeaders.get('auto-submitted')).toBe('auto-generated');
    expect(mail?.rawHeaders.get('list-unsubscribe')).toBe('<https://x.test/stop>');
    expect(mail?.rawHeaders.get('content-type')).toMatch(/^multipart\/alternative;/);
    expect(mail?.text).toBe('Open: https://x.test/open\n');
    expect(mail?.html).toContain('<a href="https://x.test/open">Open</a>');
  });

  it('marks a text-only message as automatic too', async () => {
    await sender.send({ to: 'reader@example.com', subject: 'Plain', text: 'Just text', html: null, headers: {} });
    const mail = smtp.received.at(-1);
    expect(mail?.subject).toBe('Plain');
    expect(mail?.rawHeaders.get('auto-submitted')).toBe('auto-generated');
    expect(mail?.html).toBe('');
  });
});
