export { healthRoutes } from './status.routes.js';
