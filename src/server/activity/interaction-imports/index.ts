export { INTERACTION_IMPORT_FIELDS, suggestInteractionMapping } from './interaction-fields.js';
export { interactionImportTarget } from './target.js';
