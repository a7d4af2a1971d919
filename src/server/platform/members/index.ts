export { findMember } from './members.repository.js';
export { memberRoutes } from './members.routes.js';
