export { contentDisposition } from './attachment-types.js';
export { listAttachments, purgeInteractionsAndAttachments } from './attachments.repository.js';
export { attachmentRoutes } from './attachments.routes.js';
export { attachmentSchema, presentAttachment } from './attachments.schema.js';
