// The public entry of shared: other modules import only this file (layers.js).
export {
  interactionsKey,
  partnersKey,
  refreshActivity,
  refreshRelationships,
  relationshipKey,
  relationshipsKey,
} from './cache.js';
export { datePartsIn, monthOf, shiftMonth } from './calendarDates.js';
export type { CalendarSystem, MonthRange } from './calendarDates.js';
export { addDays, daysBetween, todayIn } from './dates.js';
export { errorFor, remapFields, useMappedErrors } from './fieldErrors.js';
export { assignableRoles, canManageMember, canWrite, isManager } from './permissions.js';
export { findWorkspace, homePath, SESSION_KEY, storeSession, useSession } from './session.js';
export { timeZoneOptions } from './timeZones.js';
export type { PersonRef, Tag } from './types.js';
export { useVersionedEdit } from './useVersionedEdit.js';
export { fieldEdits, isStale, staleCurrent } from './versionedEdit.js';
export { useWorkspace } from './workspace.js';
export type { WorkspaceContextValue } from './workspace.js';
export { sameClock, toInstant, toLocalInput } from './zonedTime.js';
