import type { Schema } from '../../api/index.js';
import type { NOTIFICATION_KINDS } from '../../../shared/values/notifications.js';

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** An in-app notification; the app words it from `kind` and `params` in the reader's language. */
export type AppNotification = Schema<'Notification'>;
