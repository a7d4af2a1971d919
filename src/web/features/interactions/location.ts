/**
 * The address a location opens when it is a web address (a video link), else null. Only http and
 * https: a `javascript:` or `file:` text stays text, and so does anything with spaces in it (a
 * street address that happens to start with a word and a colon).
 */
export function locationUrl(location: string): string | null {
  const text = location.trim();
  if (!text || /\s/.test(text) || !/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
