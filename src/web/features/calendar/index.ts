// The public entry of features/calendar: other modules import only this file (layers.js).
export { CalendarFeedPanel } from './CalendarFeedPanel.js';

// Loaded when first opened: only the loader is public, so the page stays out of the main bundle.
export const loadCalendarPage = () => import('./CalendarPage.js');
