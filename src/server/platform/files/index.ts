export { createFileStore } from './file-store.js';
export { FileMissingError, fileKey } from './store.js';
export type { FileStore } from './store.js';
