export { findWorkspace, insertMembership } from './workspaces.repository.js';
export { workspaceRoutes } from './workspaces.routes.js';
export { createWorkspaceWithOwner } from './workspaces.service.js';
