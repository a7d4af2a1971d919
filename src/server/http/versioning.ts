import type { FastifyRequest } from 'fastify';
import { fieldError } from '../errors.js';

/**
 * The version a write is based on: `version` in the body, else the If-Match header
 * (an ETag from a read, quoted or not). Missing or malformed is a 400 naming `version`.
 */
export function requireVersion(request: FastifyRequest, bodyVersion?: number): number {
  if (bodyVersion !== undefined) return bodyVersion;
  const header = request.headers['if-match'];
  const match = typeof header === 'string' ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim()) : null;
  if (!match?.[1]) throw fieldError('version', 'required', 'Send the version you edit, as If-Match or a version field');
  return Number(match[1]);
}
