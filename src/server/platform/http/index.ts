export {
  colorSchemeField,
  dayField,
  emailField,
  flag,
  idParam,
  localeField,
  nameField,
  normalizeEmail,
  passwordField,
  personRef,
  roleField,
  sessionSchema,
  timeZoneField,
  userSchema,
  workspaceParams,
  workspaceSummarySchema,
} from './common.schema.js';
export { isInstant, isUuid, readInstantCursor } from './cursors.js';
export { answerClientError, MAX_URL_BYTES, refuseLongUrl } from './client-errors.js';
export { handleError } from './error-handler.js';
export { isStorableText, rejectHostileText } from './hostile-input.js';
export { requestForLog, urlForLog } from './log.js';
export { decodeCursor, encodeCursor, limitSchema, pageQuery, toPage, uuidCursor } from './pagination.js';
export type { App, Auth, Deps } from './types.js';
export { readVersion, requireVersion } from './versioning.js';
export { registerWeb } from './web.js';
export { requireAuth } from './require-auth.js';
export { nameSchemaComponents, openApiOptions } from './openapi.js';
