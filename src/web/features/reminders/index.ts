// The public entry of features/reminders: other modules import only this file (layers.js).

// Loaded when first opened: only the loader is public, so the page stays out of the main bundle.
export const loadUnsubscribePage = () => import('./UnsubscribePage.js');
export const loadRemindersPage = () => import('./RemindersPage.js');
