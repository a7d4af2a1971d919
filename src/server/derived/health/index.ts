export { recomputeAllHealth, refreshHealth } from './refresh.js';
export { relationshipHealthRoutes } from './relationship-health.routes.js';
