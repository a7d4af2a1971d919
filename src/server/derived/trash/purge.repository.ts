import type { Db } from '../../platform/db/index.js';

// The trash's own SQL. Purge deletes rows of lower modules (partners, relationships, tasks) here
// rather than through a function exported by each: the statement is the same for every table with
// a soft delete, and purge.ts is the one place that knows which tables go and in what order.
// Interactions are the exception (their attachment files must be collected): activity/attachments
// purges them.

/** The tables with a soft delete whose rows go with nothing to collect first. */
export type PlainTrashedTable = 'partner' | 'relationship' | 'task';

/** Deletes for good the rows of `table` trashed before `cutoff` (their cascades with them); answers how many. */
export async function deleteTrashedBefore(db: Db, table: PlainTrashedTable, cutoff: Date): Promise<number> {
  const result = await db.deleteFrom(table).where('deletedAt', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
