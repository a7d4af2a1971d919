// The public entry of features/keep-in-touch: other modules import only this file (layers.js).
export { KeepInTouchBadge } from './KeepInTouchBadge.js';
export { KeepInTouchPanel } from './KeepInTouchPanel.js';

// Loaded when first opened: only the loader is public, so the page stays out of the main bundle.
export const loadKeepInTouchPage = () => import('./KeepInTouchPage.js');
