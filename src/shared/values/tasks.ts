export const TASK_STATUSES = ['open', 'done'] as const;
/** Buckets of "My tasks", in the caller's time zone; they do not overlap. */
export const DUE_BUCKETS = ['overdue', 'today', 'week', 'later'] as const;
