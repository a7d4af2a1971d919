// The public entry of features/notifications: other modules import only this file (layers.js).
export { NotificationBell } from './NotificationBell.js';
export { isolated } from './wording.js';
