import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';

/**
 * Which planned interactions have had their time come by `now`, oldest first, at most `limit`:
 * claimed with FOR UPDATE SKIP LOCKED, so another instance settling at once takes other rows.
 */
export async function claimPassedPending(
  trx: Tx,
  now: Date,
  limit: number,
): Promise<{ workspaceId: string; id: string }[]> {
  const due = await sql<{ workspaceId: string; id: string }>`
    select workspace_id, id from interaction
    where contact_pending and deleted_at is null and occurred_at <= ${now}
    order by occurred_at limit ${limit} for update skip locked`.execute(trx);
  return due.rows;
}

/** Clears the planned flag of these interactions: they count as contact from now on. */
export async function clearContactPending(trx: Tx, workspaceId: string, ids: string[]): Promise<void> {
  await trx
    .updateTable('interaction')
    .set({ contactPending: false })
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}
