import type { Db } from '../../db/database.js';

/** How long anything in the trash stays restorable. */
export const RESTORE_DAYS = 30;

/** Tables with a soft delete (`deleted_at`); each purges on its own, so one row's cascade never waits for another's. */
const TRASHED_TABLES = ['partner', 'relationship', 'interaction', 'task'] as const;

/** Removes for good what has been in the trash longer than the restore period; returns the rows removed per table. */
export async function purgeTrash(db: Db, now = new Date()): Promise<Record<(typeof TRASHED_TABLES)[number], number>> {
  const cutoff = new Date(now.getTime() - RESTORE_DAYS * 86_400_000);
  const removed = { partner: 0, relationship: 0, interaction: 0, task: 0 };
  for (const table of TRASHED_TABLES) {
    const result = await db.deleteFrom(table).where('deletedAt', '<', cutoff).executeTakeFirst();
    removed[table] = Number(result.numDeletedRows);
  }
  return removed;
}

/**
 * Purges at start-up and then every few hours. The deletes are idempotent, so several app
 * instances on one PostgreSQL may all run them; the job runner of a later issue can take it over.
 */
export function schedulePurge(db: Db, onError: (error: unknown) => void): () => void {
  const run = () => void purgeTrash(db).catch(onError);
  run();
  const timer = setInterval(run, 6 * 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
