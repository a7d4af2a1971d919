export { findTag } from './tags.repository.js';
export { tagRoutes } from './tags.routes.js';
export { ensureTags } from './tags.service.js';
export { tagSchema } from './tags.schema.js';
