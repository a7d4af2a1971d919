import { z } from 'zod';
import { fieldError } from '../core/index.js';

export const limitSchema = z.coerce.number().int().min(1).max(200).default(50);

/** Query string of every list: limit and an opaque cursor. Unknown parameters are refused (.strict()). */
export const pageQuery = z.object({ limit: limitSchema, cursor: z.string().max(500).optional() }).strict();

/** Encodes the sort key of the last row of a page. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor, or answers 400 naming the cursor field. */
export function decodeCursor(cursor: string | undefined, length: number): (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === length &&
      value.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return value;
    }
  } catch {
    // fall through to the error below
  }
  throw fieldError('cursor', 'invalid_format', 'cursor is not a cursor this list produced');
}

/** Cuts a "limit + 1" result into a page and the cursor of the next one. */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number)[],
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

export const uuidCursor = (cursor: string | undefined): string | undefined => {
  const key = decodeCursor(cursor, 1);
  if (key === undefined) return undefined;
  const [id] = key;
  if (typeof id !== 'string' || !z.uuid().safeParse(id).success)
    throw fieldError('cursor', 'invalid_format', 'cursor is not valid');
  return id;
};
