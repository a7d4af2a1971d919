// The public entry of features/tasks: other modules import only this file (layers.js).
export { ActionItemsPanel } from './ActionItemsPanel.js';
export { DueNowBadge } from './DueNowBadge.js';
export { MyTasksPage } from './MyTasksPage.js';
