import type { Tx } from '../../platform/db/index.js';
import type { Auth } from '../../platform/http/index.js';
import type { ImportPlan, ImportTargetModule } from '../../directory/imports/index.js';
import { interactionIdsChanged, setInteractionsDeleted } from '../interactions/index.js';
import { INTERACTION_IMPORT_FIELDS, suggestInteractionMapping } from './interaction-fields.js';
import { findImportedInteractionIds } from './interaction-imports.repository.js';
import { interactionPlan } from './interaction-plan.js';

/** Past interactions from a CSV, as the import engine of the directory runs them. */
export const interactionImportTarget: ImportTargetModule = {
  fields: new Set(INTERACTION_IMPORT_FIELDS),
  required: ['date', 'partner'],
  suggest: suggestInteractionMapping,
  plan: async (db, job, columns) => (await interactionPlan(db, job, columns)) as ImportPlan<unknown>,
  undo: trashImportedInteractions,
};

/**
 * Undo: the import's live interactions go to the trash and their relationships' last contact is recomputed without
 * them.
 */
async function trashImportedInteractions(trx: Tx, auth: Auth, workspaceId: string, importId: string): Promise<number> {
  const now = new Date();
  const ids = await setInteractionsDeleted(
    trx,
    workspaceId,
    await findImportedInteractionIds(trx, workspaceId, importId),
    { deletedAt: now },
    auth.user.id,
  );
  await interactionIdsChanged(trx, workspaceId, ids, now);
  return ids.length;
}
