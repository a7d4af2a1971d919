// The public entry of features/tags: other modules import only this file (layers.js).
export { nextColor } from './palette.js';
export { useCreateTag, useTags } from './tags.queries.js';
export { TagsPage } from './TagsPage.js';
