import type { Tx } from '../../platform/db/index.js';
import type { Events } from '../../platform/events/index.js';
import { refreshNextContactDue } from './relationships.repository.js';

// What relationships derive from changes elsewhere; app/subscriptions.ts wires these to the events.

/** A relationship whose last contact moved is next due one cadence later. */
export async function followLastContact(trx: Tx, event: Events['interactions.changed']): Promise<void> {
  if (event.lastContactChanged.length === 0) return;
  await refreshNextContactDue(trx, event.workspaceId, { ids: event.lastContactChanged });
}

/** Next contact dates are read in the owner's calendar, so a move to another zone moves them. */
export async function followOwnerTimeZone(trx: Tx, event: Events['user.timeZoneChanged']): Promise<void> {
  for (const workspaceId of event.workspaceIds)
    await refreshNextContactDue(trx, workspaceId, { ownerId: event.userId });
}
