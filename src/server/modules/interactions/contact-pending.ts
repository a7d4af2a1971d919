import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { refreshLastContact, relationshipsConcerned } from './last-contact.repository.js';

const BATCH = 500;

/**
 * Recomputes last contact where the relationship's owner lives: next_contact_due is a date, and
 * a job has no caller whose calendar to use (UTC when the relationship has no owner).
 */
async function refreshInOwnersZones(trx: Db, workspaceId: string, relationshipIds: string[], now: Date) {
  if (relationshipIds.length === 0) return;
  const rows = await trx
    .selectFrom('relationship as r')
    .leftJoin('appUser as u', 'u.id', 'r.ownerId')
    .select(['r.id', 'u.timeZone'])
    .where('r.workspaceId', '=', workspaceId)
    .where('r.id', 'in', relationshipIds)
    .execute();
  const byZone = new Map<string, string[]>();
  for (const row of rows) byZone.set(row.timeZone ?? 'UTC', [...(byZone.get(row.timeZone ?? 'UTC') ?? []), row.id]);
  for (const [zone, ids] of byZone) await refreshLastContact(trx, workspaceId, ids, zone, now);
}

/**
 * Planned interactions (meetings ahead, series occurrences) do not count as contact until their
 * time has come. This finds those whose time has come since, recomputes the last contact of the
 * relationships they concern, and clears their flag. Rows are claimed with FOR UPDATE SKIP LOCKED,
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
      for (const row of due.rows) byWorkspace.set(row.workspaceId, [...(byWorkspace.get(row.workspaceId) ?? []), row.id]);
      for (const [workspaceId, ids] of byWorkspace) {
        await refreshInOwnersZones(trx, workspaceId, await relationshipsConcerned(trx, workspaceId, ids), now);
        await trx.updateTable('interaction').set({ contactPending: false }).where('workspaceId', '=', workspaceId).where('id', 'in', ids).execute();
      }
      return due.rows.length;
    });
    total += settled;
    if (settled < BATCH) return total;
  }
}
