import type { Role } from '../db/index.js';

export { ROLES } from '../../../shared/values/roles.js';

/** What each role may do. Every service checks one of these first. */
export type Permission = 'read' | 'write' | 'manage_members' | 'manage_settings' | 'read_admin' | 'manage_owners';

export function can(role: Role, permission: Permission): boolean {
  switch (permission) {
    case 'read':
      return true;
    case 'write':
      return role !== 'viewer';
    case 'manage_members':
    case 'manage_settings':
    case 'read_admin':
      return role === 'owner' || role === 'admin';
    case 'manage_owners':
      return role === 'owner';
    default: {
      const unreachable: never = permission;
      throw new Error(`Unknown permission ${String(unreachable)}`);
    }
  }
}
