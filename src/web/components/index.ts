// The public entry of components: other modules import only this file (layers.js).
export { ConflictDialog } from './ConflictDialog.js';
export type { Conflict, ConflictChoice, FieldDisplay } from './ConflictDialog.js';
export { DateField } from './DateField.js';
export { DateTimeField } from './DateTimeField.js';
export { ariaLocale, dateTimeToIso, dateToIso, isoToDate, isoToDateTime } from './dateValues.js';
export { EmptyRow, type EmptyState } from './EmptyRow.js';
export { ErrorAlert } from './ErrorAlert.js';
export { LanguageMenu } from './LanguageMenu.js';
export { LoadMoreButton } from './LoadMoreButton.js';
export { notifyError, notifySaved } from './notify.js';
export { PageLoader } from './PageLoader.js';
export { PasswordField } from './PasswordField.js';
export { PublicLayout } from './PublicLayout.js';
export { RichHtml } from './RichHtml.js';
export { RoleLabel } from './RoleLabel.js';
export { RowList } from './RowList.js';
export { showUndoToast } from './undoToast.js';
export { useFieldErrors } from './useFieldErrors.js';
