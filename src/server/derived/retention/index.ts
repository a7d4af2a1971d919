export { retentionRoutes } from './retention.routes.js';
