import type { Tx } from '../../platform/db/index.js';
import { insertAuditMany } from '../../platform/audit/index.js';
import { reassignPartner } from './relationships.repository.js';

/**
 * Part of a partner merge, inside its transaction: the merged partners' relationships (with their
 * history, checklists and assessments) now belong to the survivor.
 */
export async function moveRelationshipsToSurvivor(
  trx: Tx,
  options: { workspaceId: string; mergedIds: string[]; survivorId: string; actorId: string },
) {
  const moved = await reassignPartner(trx, options.workspaceId, options.mergedIds, options.survivorId);
  await insertAuditMany(
    trx,
    moved.map((r) => ({
      workspaceId: options.workspaceId,
      actorId: options.actorId,
      action: 'relationship.partner_merged',
      entityType: 'relationship',
      entityId: r.id,
      changes: { partnerId: { before: r.partnerId, after: options.survivorId } },
    })),
  );
}
