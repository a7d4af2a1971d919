// The public entry of features/search: other modules import only this file (layers.js).
export { GlobalSearch } from './GlobalSearch.js';
export { ShortcutsDialog } from './ShortcutsDialog.js';
