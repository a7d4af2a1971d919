/** What a member is notified of, each with its own email and in-app choice. */
export const NOTIFICATION_KINDS = ['daily_digest', 'task_assigned', 'relationship_overdue'] as const;
