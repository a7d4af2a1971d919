// The public entry of features/attachments: other modules import only this file (layers.js).
export { AttachmentsPanel } from './AttachmentsPanel.js';
