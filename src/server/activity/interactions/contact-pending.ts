import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { refreshLastContact, relationshipsConcerned } from './last-contact.repository.js';

const BATCH = 500;

/**
 * Planned interactions (meetings ahead, series occurrences) do not count as contact until their
 * time has come. This finds those whose time has come since, recomputes the last contact of the
 * relationships they concern (next contact dates are read in each owner's calendar, so a job needs
 * no caller's), and clears their flag. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several instances can run it; a recomputation is idempotent anyway.
 * Returns how many interactions it settled.
 */
export async function settlePassedInteractions(db: Db, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const settled = await db.transaction().execute(async (trx) => {
      const due = await sql<{ workspaceId: string; id: string }>`
        select workspace_id, id from interaction
        where contact_pending and deleted_at is null and occurred_at <= ${now}
        order by occurred_at limit ${BATCH} for update skip locked`.execute(trx);
      const byWorkspace = new Map<string, string[]>();
      for (const row of due.rows)
        byWorkspace.set(row.workspaceId, [...(byWorkspace.get(row.workspaceId) ?? []), row.id]);
      for (const [workspaceId, ids] of byWorkspace) {
        await refreshLastContact(trx, workspaceId, await relationshipsConcerned(trx, workspaceId, ids), now);
        await trx
          .updateTable('interaction')
          .set({ contactPending: false })
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', ids)
          .execute();
      }
      return due.rows.length;
    });
    total += settled;
    if (settled < BATCH) return total;
  }
}
