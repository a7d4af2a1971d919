import { fieldError } from '../../platform/core/index.js';
import { LEGACY_ENCODINGS, type FileEncoding, type LegacyEncoding } from '../../../shared/values/imports.js';

export { LEGACY_ENCODINGS, type FileEncoding, type LegacyEncoding };

/** An uploaded file as text: how it was read, and the bytes when another reading may be asked for. */
export type DecodedFile = { text: string; encoding: FileEncoding; raw: Buffer | null };

/** The encoding a byte-order mark names: Excel's "Unicode Text" and some Outlook exports are UTF-16. */
function bomEncoding(body: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1252's bytes 0x80-0x9F (WHATWG's table): Node 20's TextDecoder reads that label as
 * ISO-8859-1 and leaves them C1 controls, which would lose Excel's curly quotes, dashes and euro
 * sign. The five bytes Windows-1252 leaves undefined stay controls, as WHATWG decodes them.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Bytes as text in a single-byte encoding. */
function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0xfffd));
}

/** Bytes judged per candidate: enough for every header and many rows, without decoding 50 MiB five times. */
const SAMPLE_BYTES = 256 * 1024;

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const NON_ASCII_LETTERS = /[^\p{ASCII}\P{L}]{2,}/u;

/**
 * How plausible a word (letters and combining marks) is as text of the encoding's languages.
 * Read in the wrong code page a word of one script becomes letters of another mixed with ASCII
 * ("Mьller"), KOI8-R read as Windows-1251 (or back) swaps the cases ("иВАНОВ"), and Cyrillic read
 * as Windows-1252 becomes runs of accented Latin letters ("Èâàíîâ") that no Latin language writes.
 */
function wordPenalty(word: string): number {
  const latin = LATIN.test(word);
  const cyrillic = CYRILLIC.test(word);
  if (latin && cyrillic) return 5;
  if (cyrillic && /\p{Ll}\p{Lu}/u.test(word)) return 3;
  if (latin && NON_ASCII_LETTERS.test(word)) return 2;
  return 0;
}

/**
 * A score of how much a decoding looks like text: each non-ASCII letter (or combining mark, as
 * Windows-1258 writes Vietnamese tones) counts for it, each control character or replacement
 * character heavily against it, other symbols mildly against, and implausible words against.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (code === 0xfffd || (code >= 0x80 && code <= 0x9f)) score -= 10;
    else if (/[\p{L}\p{M}]/u.test(c)) score += 1;
    else score -= 1;
  }
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) score -= wordPenalty(word);
  return score;
}

/**
 * The likeliest single-byte encoding of bytes that are not UTF-8: the one whose decoding scores
 * best (see plausibility); on a tie the earlier one of LEGACY_ENCODINGS, Windows-1252 first, as
 * Excel and Outlook save in Western Europe and the Americas. No detector library is among our
 * dependencies, and these few code pages are told apart well by what their letters look like.
 */
export function detectEncoding(body: Buffer): LegacyEncoding {
  const sample = body.subarray(0, SAMPLE_BYTES);
  let best: LegacyEncoding = LEGACY_ENCODINGS[0];
  let bestScore = -Infinity;
  for (const encoding of LEGACY_ENCODINGS) {
    const score = plausibility(decodeLegacy(sample, encoding));
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return best;
}

/** A NUL byte no text column can hold is a 400 naming its line. */
function refuseNul(text: string): string {
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw fieldError(
      'file',
      'invalid_characters',
      `Line ${line} of the file holds a NUL byte, which text cannot hold`,
      {
        line,
      },
    );
  }
  return text;
}

/**
 * Decodes an uploaded file: as the encoding asked for, else UTF-16 when a BOM says so (the BOM is
 * dropped), else UTF-8 when the bytes are valid UTF-8, else the likeliest single-byte encoding. The
 * bytes are kept when they were read in a single-byte encoding, so the user can have them read in
 * another one.
 */
export function decodeFile(body: Buffer, asked?: LegacyEncoding): DecodedFile {
  if (asked) return { text: refuseNul(decodeLegacy(body, asked)), encoding: asked, raw: body };
  const bom = bomEncoding(body);
  try {
    const encoding = bom ?? 'utf-8';
    return { text: refuseNul(new TextDecoder(encoding, { fatal: true }).decode(body)), encoding, raw: null };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    if (bom)
      throw fieldError(
        'file',
        'invalid_encoding',
        'The file starts as UTF-16 text but is not; save it again and upload it',
      );
  }
  const encoding = detectEncoding(body);
  return { text: refuseNul(decodeLegacy(body, encoding)), encoding, raw: body };
}
