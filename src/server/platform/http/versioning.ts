import type { FastifyRequest } from 'fastify';
import { fieldError } from '../core/index.js';

/**
 * The version a write is based on: `version` in the body, else the If-Match header (an ETag from
 * a read, quoted or not); undefined when absent or malformed.
 */
export function readVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  if (bodyVersion !== undefined) return bodyVersion;
  const header = request.headers['if-match'];
  const match = typeof header === 'string' ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim()) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * Services call this after their permission check, so a stranger learns nothing from a 400:
 * a missing version is a 400 naming `version`.
 */
export function requireVersion(version: number | undefined): number {
  if (version === undefined)
    throw fieldError('version', 'required', 'Send the version you edit, as If-Match or a version field');
  return version;
}
