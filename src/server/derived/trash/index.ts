export { purgeTrash } from './purge.js';
