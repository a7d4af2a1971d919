import type { Role } from '../../api/types.js';

/** Viewers read the directory; everyone else may change it. */
export function canWrite(role: Role): boolean {
  return role !== 'viewer';
}
