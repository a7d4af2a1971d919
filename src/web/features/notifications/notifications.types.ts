export const NOTIFICATION_KINDS = ['daily_digest', 'task_assigned', 'relationship_overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An in-app notification; the app words it from `kind` and `params` in the reader's language. */
export interface AppNotification {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  entityType: string | null;
  entityId: string | null;
  createdAt: string;
  readAt: string | null;
}
