// The public entry of features/outbox: other modules import only this file (layers.js).
export { OUTBOX_STATUSES } from './outbox.queries.js';
export { OutboxPage } from './OutboxPage.js';
