// The public entry of features/setup: other modules import only this file (layers.js).
export { useSetupStatus } from './setup.queries.js';
export { SetupPage } from './SetupPage.js';
