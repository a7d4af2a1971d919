import type { AppNotification } from './notifications.types.js';

export interface NotificationWording {
  id: string;
  values: Record<string, string | number>;
}

const text = (params: Record<string, unknown>, name: string): string => {
  const value = params[name];
  return typeof value === 'string' ? value : '';
};
const count = (params: Record<string, unknown>, name: string): number => {
  const value = params[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

/**
 * The sentence of a notification, from its kind and params (never the server's English). `day`
 * formats a `YYYY-MM-DD` date in the reader's calendar.
 */
export function notificationWording(n: AppNotification, day: (value: string) => string): NotificationWording {
  const p = n.params ?? {};
  switch (n.kind) {
    case 'task_assigned': {
      const values = { name: text(p, 'assignedByName') || '—', title: text(p, 'title') };
      const dueOn = text(p, 'dueOn');
      return dueOn
        ? { id: 'notification.taskAssignedDue', values: { ...values, date: day(dueOn) } }
        : { id: 'notification.taskAssigned', values };
    }
    case 'relationship_overdue': {
      const values = { name: text(p, 'partnerName'), days: count(p, 'overdueDays') };
      const purpose = text(p, 'purpose');
      return purpose
        ? { id: 'notification.relationshipOverdue', values: { ...values, purpose } }
        : { id: 'notification.relationshipOverdueNoPurpose', values };
    }
    case 'daily_digest':
      return {
        id: 'notification.dailyDigest',
        values: {
          contacts: count(p, 'overdueContacts'),
          tasks: count(p, 'dueTasks'),
          meetings: count(p, 'upcomingMeetings'),
        },
      };
    default:
      return { id: 'notification.unknown', values: {} };
  }
}

/** Where a notification leads: its relationship, task list or interaction; the digest opens Keep in touch. */
export function notificationPath(n: AppNotification, workspaceId: string): string {
  const root = `/w/${workspaceId}`;
  const relationshipId = n.entityType === 'relationship' ? n.entityId : text(n.params ?? {}, 'relationshipId');
  if (n.kind === 'relationship_overdue' && relationshipId) return `${root}/relationships/${relationshipId}`;
  if (n.entityType === 'relationship' && n.entityId) return `${root}/relationships/${n.entityId}`;
  if (n.entityType === 'interaction' && n.entityId) return `${root}/interactions/${n.entityId}`;
  // Tasks have no page of their own: they are read in My tasks.
  if (n.kind === 'task_assigned' || n.entityType === 'task') return `${root}/tasks`;
  if (n.kind === 'daily_digest') return `${root}/keep-in-touch`;
  return root;
}

/**
 * Values with names and titles set apart from the sentence (Unicode first-strong isolates), so a
 * Latin name inside a Persian sentence, or a Persian one inside English, keeps its place.
 */
export function isolated(values: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? `\u2068${value}\u2069` : value]),
  );
}
