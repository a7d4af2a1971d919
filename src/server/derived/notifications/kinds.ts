import type { NotificationKind } from '../../platform/db/index.js';

export { NOTIFICATION_KINDS } from '../../../shared/values/notifications.js';

export type Choice = { byEmail: boolean; inApp: boolean };

/**
 * What a member gets without having chosen: the digest by email, the rest in the app. Only a
 * member's departures from these are stored, so changing a default here changes it for everyone
 * who has not chosen.
 */
export const DEFAULT_CHOICES: Record<NotificationKind, Choice> = {
  daily_digest: { byEmail: true, inApp: false },
  task_assigned: { byEmail: false, inApp: true },
  relationship_overdue: { byEmail: false, inApp: true },
};

export const isDefault = (kind: NotificationKind, choice: Choice) =>
  DEFAULT_CHOICES[kind].byEmail === choice.byEmail && DEFAULT_CHOICES[kind].inApp === choice.inApp;
