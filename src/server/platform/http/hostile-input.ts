import type { FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../core/index.js';

/** Where a request carries text; paths are bare field and parameter names, as in schema errors. */
const PARTS = ['params', 'query', 'body'] as const;

const MESSAGE = 'contains a NUL byte or a lone surrogate';
/** Enough to say what is wrong without answering with a whole hostile document. */
const MAX_ERRORS = 20;

/** With the u flag a surrogate class matches only a half without its pair: a well-formed pair is one code point. */
const UNSTORABLE = /\0|\p{Surrogate}/u;

/** PostgreSQL refuses NUL in text and UTF-8 has no lone surrogates: such a string can never be stored as sent. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

function collect(value: unknown, path: string, out: FieldError[]): void {
  if (out.length >= MAX_ERRORS) return;
  if (typeof value === 'string') {
    if (!isStorableText(value)) out.push({ path, rule: 'invalid_characters', message: MESSAGE });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  // Raw bytes (an uploaded file) are not text yet: the import decodes them and refuses a NUL there.
  // Walking them here as an object would visit every byte (35 s for a 14 MB file).
  if (ArrayBuffer.isView(value)) return;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (!isStorableText(key)) out.push({ path: itemPath, rule: 'invalid_characters', message: MESSAGE });
    else collect(item, itemPath, out);
  }
}

/**
 * preValidation for every API route: a NUL byte or a lone surrogate anywhere in the path parameters, the query or
 * the JSON body is a 400 naming the field, decided here once so no endpoint passes one on to the database.
 */
export async function rejectHostileText(request: FastifyRequest): Promise<void> {
  const errors: FieldError[] = [];
  // A raw text body (an uploaded file) is named as the body itself.
  for (const part of PARTS)
    collect(request[part], part === 'body' && typeof request.body === 'string' ? 'body' : '', errors);
  if (errors.length === 0) return;
  throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}
