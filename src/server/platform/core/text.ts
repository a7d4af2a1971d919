/**
 * Folds text the way our users expect search to: case, diacritics and letter variants ignored.
 * Vietnamese "Nguyễn" → "nguyen", "Đặng" → "dang"; Russian "Ё" → "е" (but "й" stays "й");
 * Persian/Arabic: ي/ى → ی, ك → ک, ة/ۀ → ه, hamza and madda dropped, no zero-width non-joiner or
 * tatweel; Persian and Arabic-Indic digits become 0-9. The same function folds stored text and queries.
 */
export function foldText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/([иИ])\u0306/g, '$1\uE000')
    .replace(/\p{M}/gu, '')
    .replace(/([иИ])\uE000/g, (_, letter: string) => (letter === 'и' ? 'й' : 'Й'))
    .replace(/[đĐ]/g, 'd')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[ةۀ]/g, 'ه')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u0640]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern for text containing `part` anywhere, its wildcards (\ % _) taken literally. */
export function containsPattern(part: string): string {
  return `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The key two names must share to count as the same partner: folded, punctuation and spacing removed. */
export function nameKey(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A sortable form of a name: folded, so "Đặng" sorts with "Dang" in every language. */
export function sortKey(name: string): string {
  return foldText(name);
}
