import type { Db } from '../../platform/db/index.js';
import { claimPassedPending, clearContactPending } from './contact-pending.repository.js';
import { interactionIdsChanged } from './last-contact.js';

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
      const due = await claimPassedPending(trx, now, BATCH);
      const byWorkspace = new Map<string, string[]>();
      for (const row of due) byWorkspace.set(row.workspaceId, [...(byWorkspace.get(row.workspaceId) ?? []), row.id]);
      for (const [workspaceId, ids] of byWorkspace) {
        await interactionIdsChanged(trx, workspaceId, ids, now);
        await clearContactPending(trx, workspaceId, ids);
      }
      return due.length;
    });
    total += settled;
    if (settled < BATCH) return total;
  }
}
