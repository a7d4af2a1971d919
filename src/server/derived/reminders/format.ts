import type { Locale } from '../../platform/db/index.js';

/** User text (names, titles) into HTML: every reminder email escapes what members typed. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A calendar date (YYYY-MM-DD) as the reader writes it; Persian gets the Solar Hijri calendar, as in the app. */
export function formatDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A moment as the reader's clock shows it. */
export function formatTime(locale: Locale, at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(at);
}

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Picks the plural form the language needs for n (Russian has three); `#` becomes the number. */
export function plural(
  locale: Locale,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return form.replace('#', formatNumber(locale, n));
}

/** A whole HTML email: language and direction (Persian right to left) on the root, so mail clients lay it out right. */
export function htmlDocument(locale: Locale, title: string, body: string): string {
  const dir = locale === 'fa' ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body dir="${dir}" style="font-family: system-ui, -apple-system, 'Segoe UI', Tahoma, sans-serif; line-height: 1.5; color: #1f2328; max-width: 600px; margin: 0 auto; padding: 16px;">
${body}
</body>
</html>`;
}

/** A link button and a paragraph, the two pieces reminder emails are made of. */
export const htmlLink = (url: string, label: string) =>
  `<a href="${escapeHtml(url)}" style="color: #1c7ed6;">${escapeHtml(label)}</a>`;
export const htmlParagraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
