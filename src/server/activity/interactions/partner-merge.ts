import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { refreshLastContact } from './last-contact.repository.js';

/**
 * Part of a partner merge, inside its transaction, after the relationships moved: what the merged
 * partners took part in (as partner or participant), their tasks and the series templates naming
 * them now belong to the survivor, and the survivor's relationships get their last contact again.
 * The interactions' counterpart of relationships/partner-merge.ts, for partners' merge.service.ts.
 */
export async function moveInteractionsToSurvivor(
  trx: Db,
  o: { workspaceId: string; mergedIds: string[]; survivorId: string },
) {
  if (o.mergedIds.length === 0) return;
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
  await trx
    .updateTable('task')
    .set({ partnerId: o.survivorId })
    .where('workspaceId', '=', o.workspaceId)
    .where('partnerId', 'in', o.mergedIds)
    .execute();
  for (const column of ['partner_ids', 'person_ids']) {
    await sql`update meeting_series set ${sql.ref(column)} = (
        select array_agg(distinct case when x = any(${merged}) then ${o.survivorId}::uuid else x end) from unnest(${sql.ref(column)}) x)
      where workspace_id = ${o.workspaceId} and ${sql.ref(column)} && ${merged}`.execute(trx);
  }
  const relationships = await trx
    .selectFrom('relationship')
    .select('id')
    .where('workspaceId', '=', o.workspaceId)
    .where('partnerId', '=', o.survivorId)
    .execute();
  await refreshLastContact(
    trx,
    o.workspaceId,
    relationships.map((r) => r.id),
  );
}
