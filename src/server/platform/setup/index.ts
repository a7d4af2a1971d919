export { setupRoutes } from './setup.routes.js';
export { isSetupNeeded, runSetup } from './setup.service.js';
