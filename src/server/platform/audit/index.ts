export { insertAudit, insertAuditMany } from './audit.repository.js';
export { auditRoutes } from './audit.routes.js';
export { diffFields } from './changes.js';
