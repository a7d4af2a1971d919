// The public entry of features/imports: other modules import only this file (layers.js).
export { ImportPage } from './ImportPage.js';
