import type { Db } from '../../db/database.js';

export const RESTORE_DAYS = 30;

/** Removes for good the partners that have been in the trash longer than the restore period. */
export async function purgeDeletedPartners(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - RESTORE_DAYS * 86_400_000);
  const result = await db.deleteFrom('partner').where('deletedAt', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Purges at start-up and then every few hours. The delete is idempotent, so several app
 * instances on one PostgreSQL may all run it; the job runner of a later issue can take it over.
 */
export function schedulePurge(db: Db, onError: (error: unknown) => void): () => void {
  const run = () => void purgeDeletedPartners(db).catch(onError);
  run();
  const timer = setInterval(run, 6 * 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
