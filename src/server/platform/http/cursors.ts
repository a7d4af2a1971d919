import { z } from 'zod';
import { fieldError } from '../core/index.js';
import { decodeCursor } from './pagination.js';

export const isUuid = (value: unknown): value is string => z.uuid().safeParse(value).success;
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** The (instant, id) key of a list in time order, or 400 naming the cursor. */
export function readInstantCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  const [at, id] = key;
  if (!isInstant(at) || !isUuid(id)) throw fieldError('cursor', 'invalid_format', 'cursor is not valid');
  return { at: new Date(at), id };
}
