export { outboxRoutes } from './outbox.routes.js';
