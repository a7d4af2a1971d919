// The public entry of features/pipeline: other modules import only this file (layers.js).

// The board brings drag and drop and virtual lists: only the loaders are public, so they stay out of the main bundle.
export const loadBoardPage = () => import('./BoardPage.js');
export const loadAnalyticsPage = () => import('./AnalyticsPage.js');
