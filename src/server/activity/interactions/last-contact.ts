import type { Tx } from '../../platform/db/index.js';
import { announce } from '../../platform/events/index.js';
import { refreshLastContact, relationshipsConcerned } from './last-contact.repository.js';

/**
 * After interactions changed: recomputes the last contact of the relationships they count for and
 * announces the change, so what other modules derive from interactions (the next contact date, the
 * health score, whose other inputs change with any interaction, not only the latest) follows in
 * the same transaction.
 */
export async function interactionsChanged(
  trx: Tx,
  workspaceId: string,
  relationshipIds: string[],
  now = new Date(),
): Promise<void> {
  if (relationshipIds.length === 0) return;
  const lastContactChanged = await refreshLastContact(trx, workspaceId, relationshipIds, now);
  await announce(trx, 'interactions.changed', { workspaceId, relationshipIds, lastContactChanged, now });
}

/** The same, for the relationships these interactions count for. */
export async function interactionIdsChanged(
  trx: Tx,
  workspaceId: string,
  interactionIds: string[],
  now = new Date(),
): Promise<void> {
  await interactionsChanged(trx, workspaceId, await relationshipsConcerned(trx, workspaceId, interactionIds), now);
}
