import { fileTypeFromBuffer } from 'file-type';

/**
 * The file types an interaction may carry, each with the extensions a file of that type may have
 * (the first is the one added to a name without a fitting one).
 * Documents, spreadsheets, slides, images and text: what a contract, an offer, minutes or a photo of a
 * business card come as. Left out on purpose:
 * - zip and other archives: what is inside cannot be checked, so they would carry anything past this list;
 * - legacy .doc/.xls/.ppt: their container (OLE) is the same as .msi installers' and cannot be told apart by its bytes;
 * - SVG, HTML, XML: text that a browser runs scripts in.
 */
export const ALLOWED_TYPES: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/heic': ['heic'],
  'image/heif': ['heif', 'heic'],
  'text/plain': ['txt', 'text', 'md', 'log'],
  'text/csv': ['csv'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
};

/** Other spellings of allowed types that clients send. */
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
  'text/comma-separated-values': 'text/csv',
  'text/x-csv': 'text/csv',
  'application/csv': 'text/csv',
};

/**
 * Declared types that say nothing about the bytes: the bytes decide. Browsers send
 * application/vnd.ms-excel for a .csv on Windows, and some clients application/zip for .docx/.odt.
 */
const UNSPECIFIC = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/vnd.ms-excel',
  'application/zip',
  'application/x-zip-compressed',
]);

/** HEIC is HEIF with HEVC images; phones and file-type use either name for the same files. */
const HEIF = new Set(['image/heic', 'image/heif']);

export type TypeCheck =
  | { ok: true; contentType: string }
  | { ok: false; rule: 'forbidden_type' | 'type_mismatch'; params: Record<string, unknown> };

/** A declared media type without parameters, lower-case, aliases resolved. */
export function normalizeType(declared: string | undefined): string {
  const type = (declared ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return ALIASES[type] ?? type;
}

const forbidden = (detected: string, declared: string): TypeCheck => ({
  ok: false,
  rule: 'forbidden_type',
  params: { detected, declared, allowed: Object.keys(ALLOWED_TYPES) },
});
const mismatch = (detected: string, declared: string): TypeCheck => ({
  ok: false,
  rule: 'type_mismatch',
  params: { detected, declared },
});

/**
 * Decides an upload's type from its first bytes (the `file-type` signatures), never from what the
 * client says alone: a signature must be of an allowed type, a declared specific type must be the
 * one the bytes show, and bytes without a signature must be text to pass as text/plain or text/csv.
 */
export async function checkFileType(
  bytes: Buffer,
  declaredType: string | undefined,
  filename: string,
): Promise<TypeCheck> {
  const declared = normalizeType(declaredType);
  const specific = !UNSPECIFIC.has(declared);
  if (specific && !ALLOWED_TYPES[declared]) return forbidden(declared, declared);
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    if (!ALLOWED_TYPES[found.mime]) return forbidden(found.mime, declared);
    if (specific && declared !== found.mime && !(HEIF.has(declared) && HEIF.has(found.mime)))
      return mismatch(found.mime, declared);
    if (declared === 'application/zip' || declared === 'application/x-zip-compressed') {
      if (!found.mime.includes('officedocument') && !found.mime.includes('opendocument'))
        return mismatch(found.mime, declared);
    }
    return { ok: true, contentType: found.mime };
  }
  if (!looksLikeText(bytes)) return forbidden('application/octet-stream', declared);
  if (declared === 'text/plain' || declared === 'text/csv') return { ok: true, contentType: declared };
  if (specific) return mismatch('text/plain', declared);
  return { ok: true, contentType: extensionOf(filename) === 'csv' ? 'text/csv' : 'text/plain' };
}

/**
 * Text in any common encoding: UTF-16 with its byte-order mark (Excel's "Unicode text"), or
 * bytes without NUL and without the C0 control characters that text does not use.
 */
function looksLikeText(bytes: Buffer): boolean {
  if (
    bytes.length >= 2 &&
    bytes.length % 2 === 0 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return true;
  for (const byte of bytes) {
    // Tab, line feed, vertical tab, form feed, carriage return, DOS end-of-file (0x1A) and escape are text.
    if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1a && byte !== 0x1b) return false;
  }
  return true;
}

export function extensionOf(filename: string): string {
  const match = /\.([^.]+)$/.exec(filename);
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * The name a file is stored and downloaded under: no folders, no control characters, at most 200
 * characters, and an extension that fits its checked type (one is added otherwise), so a text
 * file called "invoice.html" or "setup.exe" is saved by the browser as "invoice.html.txt".
 */
export function settleFilename(given: string | undefined, contentType: string): string {
  const extensions = ALLOWED_TYPES[contentType] ?? [];
  const base = (given ?? '')
    .normalize('NFC')
    .replace(/^.*[/\\]/, '')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .replace(/^\.+/, '');
  const name = base || 'attachment';
  const fitting = extensions.includes(extensionOf(name));
  const suffix = fitting ? '' : `.${extensions[0] ?? 'bin'}`;
  return `${[...name].slice(0, 200 - suffix.length).join('')}${suffix}`;
}

/** The type a download is served as: the stored one if it is (still) allowed, else a plain download. */
export function servedType(contentType: string): string {
  return ALLOWED_TYPES[contentType] ? contentType : 'application/octet-stream';
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback name and the exact one as RFC 6266 /
 * RFC 8187 `filename*` (UTF-8, percent-encoded), so Vietnamese, Russian and Persian names survive.
 */
export function contentDisposition(filename: string): string {
  const fallback = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
