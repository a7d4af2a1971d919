export { requirePermission } from './access.js';
export { ROLES, can } from './roles.js';
export { findMembership, listUserWorkspaceIds, listUserWorkspaces } from './memberships.repository.js';
