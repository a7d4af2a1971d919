import type { Tx } from '../../platform/db/index.js';
import { interactionsChanged } from './last-contact.js';
import {
  moveInteractionLinks,
  moveSeriesRefs,
  moveTasks,
  relationshipIdsOfPartner,
} from './partner-merge.repository.js';

/**
 * Part of a partner merge, inside its transaction, after the relationships moved: what the merged
 * partners took part in (as partner or participant), their tasks and the series templates naming
 * them now belong to the survivor, and the survivor's relationships get their last contact again.
 * The interactions' counterpart of relationships/partner-merge.ts, for partners' merge.service.ts.
 */
export async function moveInteractionsToSurvivor(
  trx: Tx,
  o: { workspaceId: string; mergedIds: string[]; survivorId: string },
) {
  if (o.mergedIds.length === 0) return;
  await moveInteractionLinks(trx, o);
  await moveTasks(trx, o);
  await moveSeriesRefs(trx, o);
  await interactionsChanged(trx, o.workspaceId, await relationshipIdsOfPartner(trx, o.workspaceId, o.survivorId));
}
