export { exportRoutes } from './exports.routes.js';
export { escapeText, foldLine, partnerVcard } from './vcard-writer.js';
export type { VcardPartner } from './vcard-writer.js';
