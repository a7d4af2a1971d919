import type { Role } from '../../api/types.js';

/** Whether the caller may change or remove a member with the given role (the server has the last word). */
export function canManageMember(caller: Role, target: Role): boolean {
  if (caller === 'owner') return true;
  return caller === 'admin' && target !== 'owner';
}

/** The roles the caller may give. */
export function assignableRoles(caller: Role): Role[] {
  if (caller === 'owner') return ['owner', 'admin', 'member', 'viewer'];
  if (caller === 'admin') return ['admin', 'member', 'viewer'];
  return [];
}
