import { describe, expect, it } from 'vitest';
import type { Locale } from '../db/index.js';
import { renderEmail } from './layout.js';
import { invitationEmail, resetEmail } from './templates.js';

const LOCALES: Locale[] = ['en', 'vi', 'ru', 'fa'];
const HOSTILE = '<script>alert("x")</script> & \'Co\'';
const HOSTILE_HTML = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;';
// A link with characters that mean something in HTML: the href must carry them escaped.
const URL = 'https://rapport.test/invite/abc?x=1&y=<2>';

/** The hrefs of the HTML part's button(s), unescaped as a mail client reads them. */
const buttonHrefs = (html: string) =>
  [...html.matchAll(/<a href="([^"]*)" style="display: inline-block;/g)].map((m) =>
    (m[1] ?? '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
  );

describe('email templates', () => {
  for (const locale of LOCALES) {
    const dir = locale === 'fa' ? 'rtl' : 'ltr';

    it(`writes the invitation in ${locale} as text and HTML, escaped, with one button to the link`, () => {
      const mail = invitationEmail(locale, { inviter: HOSTILE, workspace: HOSTILE, role: 'admin', url: URL, days: 7 });
      expect(mail.text).toContain(URL);
      expect(mail.text).toContain(HOSTILE);
      expect(mail.html).toContain(`<html lang="${locale}" dir="${dir}">`);
      expect(mail.html).toContain(`<body dir="${dir}"`);
      expect(buttonHrefs(mail.html)).toEqual([URL]);
      expect(mail.html).toContain('href="https://rapport.test/invite/abc?x=1&amp;y=&lt;2&gt;"');
      expect(mail.html).toContain(HOSTILE_HTML);
      expect(mail.html).not.toContain('<script');
      expect(mail.html).not.toContain('<2>');
      // The title carries the subject, which names the inviter: escaped too.
      expect(mail.html).toMatch(/<title>[^<]*&lt;script&gt;/);
    });

    it(`writes the password reset in ${locale} as text and HTML, escaped, with one button to the link`, () => {
      const mail = resetEmail(locale, { name: HOSTILE, url: URL });
      expect(mail.text).toContain(URL);
      expect(mail.text).toContain(HOSTILE);
      expect(mail.html).toContain(`<html lang="${locale}" dir="${dir}">`);
      expect(buttonHrefs(mail.html)).toEqual([URL]);
      expect(mail.html).toContain(HOSTILE_HTML);
      expect(mail.html).not.toContain('<script');
    });
  }

  it('renders every block in both parts, the action as "label: url" in text, and the footer under a rule', () => {
    const mail = renderEmail(
      'en',
      'Subject',
      [
        { kind: 'h', text: 'Heading' },
        { kind: 'p', text: 'A & B' },
        { kind: 'list', items: [{ text: 'one', url: 'https://x.test/1' }, { text: 'two' }] },
        { kind: 'link', label: 'Open', url: 'https://x.test/open' },
      ],
      { text: 'Why you got this', links: [{ label: 'Stop', url: 'https://x.test/stop' }] },
    );
    expect(mail.text).toBe(
      'Heading\n-------\n\nA & B\n\n• one\n  https://x.test/1\n• two\n\nOpen: https://x.test/open\n\n-- \nWhy you got this\nStop: https://x.test/stop\n',
    );
    expect(mail.html).toContain('<p>A &amp; B</p>');
    expect(mail.html).toContain('<a href="https://x.test/1" style="color: #1c7ed6;">one</a>');
    expect(buttonHrefs(mail.html)).toEqual(['https://x.test/open']);
    expect(mail.html).toContain('Why you got this<br><a href="https://x.test/stop"');
  });
});
