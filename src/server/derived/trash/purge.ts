import type { Db } from '../../platform/db/index.js';
import type { FileStore } from '../../platform/files/index.js';
import { purgeInteractionsAndAttachments } from '../../activity/attachments/index.js';
import { deleteTrashedBefore } from './purge.repository.js';

/** How long anything in the trash stays restorable. */
export const RESTORE_DAYS = 30;

/**
 * Tables with a soft delete (`deleted_at`), in the order they are purged; each purges on its own, so
 * one row's cascade never waits for another's. Purge keeps this order and the SQL itself, in
 * purge.repository.ts, rather than asking each module to delete its rows (that file says why).
 */
const TRASHED_TABLES = ['partner', 'relationship', 'interaction', 'task'] as const;

/**
 * Removes for good what has been in the trash longer than the restore period; returns the rows
 * removed per table. Interactions go together with their attachments, whose files are removed
 * from the store once the rows are gone (a file whose removal fails is orphaned, never a row
 * left without its file).
 */
export async function purgeTrash(
  db: Db,
  files: FileStore,
  now = new Date(),
): Promise<Record<(typeof TRASHED_TABLES)[number] | 'attachmentFiles', number>> {
  const cutoff = new Date(now.getTime() - RESTORE_DAYS * 86_400_000);
  const removed = { partner: 0, relationship: 0, interaction: 0, task: 0, attachmentFiles: 0 };
  for (const table of TRASHED_TABLES) {
    if (table === 'interaction') {
      const purged = await purgeInteractionsAndAttachments(db, cutoff);
      await files.remove(purged.keys);
      removed.interaction = purged.interactions;
      removed.attachmentFiles = purged.keys.length;
      continue;
    }
    removed[table] = await deleteTrashedBefore(db, table, cutoff);
  }
  return removed;
}
