import type { Role } from '../api/index.js';
import { ROLES } from '../../shared/values/roles.js';

/** Viewers read the workspace; everyone else may change it. */
export function canWrite(role: Role): boolean {
  return role !== 'viewer';
}

/** Owners and admins manage members, invitations and read the audit log. */
export function isManager(role: Role | undefined): boolean {
  return role === 'owner' || role === 'admin';
}

/** Whether the caller may change or remove a member with the given role (the server has the last word). */
export function canManageMember(caller: Role, target: Role): boolean {
  if (caller === 'owner') return true;
  return caller === 'admin' && target !== 'owner';
}

/** The roles the caller may give. */
export function assignableRoles(caller: Role): Role[] {
  if (caller === 'owner') return [...ROLES];
  if (caller === 'admin') return ROLES.filter((role) => role !== 'owner');
  return [];
}
