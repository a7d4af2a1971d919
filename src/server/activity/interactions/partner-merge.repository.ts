import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';

// The SQL of a partner merge on the interactions' side; partner-merge.ts runs it in the merge's
// transaction. The tasks and the survivor's relationships are read and written here too, as
// before: they move with the interactions, in the same transaction.

type Merge = { workspaceId: string; mergedIds: string[]; survivorId: string };

/** Moves the merged partners' interaction links (as partner, or as participant) to the survivor. */
export async function moveInteractionLinks(trx: Tx, o: Merge): Promise<void> {
  const merged = sql`${sql.val(o.mergedIds)}::uuid[]`;
  for (const [table, column] of [
    ['interaction_partner', 'partner_id'],
    ['interaction_person', 'person_id'],
  ] as const) {
    // Copied then removed, so an interaction linked to two of the merged partners ends with one link.
    await sql`insert into ${sql.table(table)} (workspace_id, interaction_id, ${sql.ref(column)}, occurred_at, is_meeting, interaction_deleted)
      select workspace_id, interaction_id, ${o.survivorId}, occurred_at, is_meeting, interaction_deleted from ${sql.table(table)}
      where workspace_id = ${o.workspaceId} and ${sql.ref(column)} = any(${merged})
      on conflict do nothing`.execute(trx);
    await sql`delete from ${sql.table(table)} where workspace_id = ${o.workspaceId} and ${sql.ref(column)} = any(${merged})`.execute(
      trx,
    );
  }
}

/** Gives the merged partners' tasks to the survivor. */
export async function moveTasks(trx: Tx, o: Merge): Promise<void> {
  await trx
    .updateTable('task')
    .set({ partnerId: o.survivorId })
    .where('workspaceId', '=', o.workspaceId)
    .where('partnerId', 'in', o.mergedIds)
    .execute();
}

/** Names the survivor instead of the merged partners in the series templates (as partner or person), once each. */
export async function moveSeriesRefs(trx: Tx, o: Merge): Promise<void> {
  const merged = sql`${sql.val(o.mergedIds)}::uuid[]`;
  for (const column of ['partner_ids', 'person_ids']) {
    await sql`update meeting_series set ${sql.ref(column)} = (
        select array_agg(distinct case when x = any(${merged}) then ${o.survivorId}::uuid else x end) from unnest(${sql.ref(column)}) x)
      where workspace_id = ${o.workspaceId} and ${sql.ref(column)} && ${merged}`.execute(trx);
  }
}

/** The ids of the relationships with this partner, trashed or not. */
export async function relationshipIdsOfPartner(trx: Tx, workspaceId: string, partnerId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('relationship')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('partnerId', '=', partnerId)
    .execute();
  return rows.map((r) => r.id);
}
