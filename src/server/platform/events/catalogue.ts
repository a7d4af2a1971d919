/**
 * Every event a service announces for other modules to derive state from. A payload carries ids,
 * not rows: a subscriber reads what it needs inside the same transaction.
 */
export interface Events {
  /**
   * Interactions were written, edited, deleted, restored or came due. `relationshipIds` are the
   * relationships they count for; `lastContactChanged` those whose last contact moved.
   */
  'interactions.changed': { workspaceId: string; relationshipIds: string[]; lastContactChanged: string[]; now: Date };
  /** Relationships changed in a way their health reads (stage, tier, cadence, value, status). */
  'relationships.changed': { workspaceId: string; relationshipIds: string[]; now?: Date };
  /** A user's time zone changed: dates kept in their calendar follow, in every workspace given. */
  'user.timeZoneChanged': { userId: string; workspaceIds: string[] };
  /** Partners were merged into a survivor: what hangs off the merged ones moves over. */
  'partners.merged': { workspaceId: string; survivorId: string; mergedIds: string[]; actorId: string };
  /** Tasks were created or re-assigned by `actorId`; the reminders module tells their owners. */
  'tasks.assigned': { workspaceId: string; actorId: string; tasks: AssignedTask[]; now: Date };
}

/** A task as its owner is told about it. */
export interface AssignedTask {
  id: string;
  title: string;
  dueOn: string | null;
  ownerId: string | null;
  status: 'open' | 'done';
}

export type EventName = keyof Events;
