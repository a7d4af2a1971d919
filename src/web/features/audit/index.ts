// The public entry of features/audit: other modules import only this file (layers.js).
export { AuditLogPage } from './AuditLogPage.js';
