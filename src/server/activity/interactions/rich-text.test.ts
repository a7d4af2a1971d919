import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './rich-text.js';

describe('rich text sanitising', () => {
  it('keeps what the editor makes: paragraphs, emphasis, lists, quotes, code, line breaks', () => {
    const input =
      '<p>Met <strong>Anna</strong> and <b>Bob</b>, <em>very</em> <i>good</i> <u>talk</u> <s>old</s></p><ul><li>one</li></ul><ol><li>two<br>three</li></ol><blockquote>quote</blockquote><code>x &lt; y</code>';
    expect(sanitizeRichText(input).html).toBe(input.replace('<br>', '<br />'));
  });

  it('removes scripts with their content, event handlers, images and every other tag or attribute', () => {
    const { html } = sanitizeRichText(
      '<p onclick="steal()" style="color:red" class="x">Hi<script>alert(1)</script></p><img src="x" onerror="alert(1)"><svg onload="alert(1)"><p>in svg</p></svg><iframe src="https://evil.example"></iframe><style>p{}</style><h1>Title</h1>',
    );
    expect(html).toBe('<p>Hi</p><p>in svg</p>Title');
    for (const bad of ['script', 'alert', 'onerror', 'onclick', 'onload', '<img', 'style', 'iframe', 'class='])
      expect(html).not.toContain(bad);
  });

  it('keeps http(s) and mailto links, opening in a new tab without an opener; drops other link targets but keeps their text', () => {
    const { html } = sanitizeRichText(
      [
        '<a href="https://example.com/a?b=1&amp;c=2" onclick="x()" title="t">site</a>',
        '<a href="mailto:anna@example.com">mail</a>',
        '<a href="javascript:alert(1)">js</a>',
        '<a href="JaVaScRiPt:alert(1)">js2</a>',
        '<a href="java&#x09;script:alert(1)">js3</a>',
        '<a href="data:text/html,<script>alert(1)</script>">data</a>',
        '<a href="/relative">rel</a>',
        '<a href="//evil.example">proto</a>',
        '<a href="https://after.example">after</a>',
      ].join(' '),
    );
    expect(html).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">site</a> ' +
        '<a href="mailto:anna@example.com" rel="noopener noreferrer" target="_blank">mail</a> js js2 js3 data rel proto ' +
        '<a href="https://after.example" rel="noopener noreferrer" target="_blank">after</a>',
    );
  });

  it('gives a plain-text copy: a line per block, entities decoded, no markup', () => {
    expect(
      sanitizeRichText(
        '<p>One &amp; <strong>two</strong></p><ul><li>a &lt;b&gt;</li><li>c</li></ul><p>x<br>y</p><script>z</script>',
      ).text,
    ).toBe('One & two\na <b>\nc\nx\ny');
    expect(sanitizeRichText('').text).toBe('');
    expect(sanitizeRichText('plain &amp;lt; text').text).toBe('plain &lt; text');
  });
});
