// The public entry of features/profile: other modules import only this file (layers.js).
export { UserMenu } from './UserMenu.js';
