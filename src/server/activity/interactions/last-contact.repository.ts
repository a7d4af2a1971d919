import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';

/**
 * The relationships whose last contact an interaction counts for: those it names, and those with
 * any partner it names as a partner or as a participant (a person).
 */
export async function relationshipsConcerned(db: Db, workspaceId: string, interactionIds: string[]): Promise<string[]> {
  if (interactionIds.length === 0) return [];
  const ids = sql.val(interactionIds);
  const result = await sql<{ id: string }>`
    select r.id from relationship r
    where r.workspace_id = ${workspaceId} and (
      r.id in (select l.relationship_id from interaction_relationship l where l.workspace_id = ${workspaceId} and l.interaction_id = any(${ids}::uuid[]))
      or r.partner_id in (
        select l.partner_id from interaction_partner l where l.workspace_id = ${workspaceId} and l.interaction_id = any(${ids}::uuid[])
        union all
        select l.person_id from interaction_person l where l.workspace_id = ${workspaceId} and l.interaction_id = any(${ids}::uuid[])))`.execute(
    db,
  );
  return result.rows.map((r) => r.id);
}

/**
 * Recomputes the derived last contact of relationships: the latest time, not after `now`, of a
 * live interaction that names the relationship or names its partner (as a partner or a person).
 * Planned interactions do not count until their time has come (see contact-pending.ts). Answers
 * the relationships whose last contact changed. Each of the three maxima reads one link index
 * backwards from `now`: one row each.
 */
export async function refreshLastContact(
  trx: Tx,
  workspaceId: string,
  relationshipIds: string[],
  now = new Date(),
): Promise<string[]> {
  if (relationshipIds.length === 0) return [];
  const latest = (table: string, column: string, value: string) =>
    sql`(select max(l.occurred_at) from ${sql.table(table)} l
      where l.workspace_id = r2.workspace_id and l.${sql.ref(column)} = r2.${sql.ref(value)} and not l.interaction_deleted and l.occurred_at <= ${now})`;
  const result = await sql<{ id: string }>`
    update relationship r set last_contact_at = x.latest
    from (
      select r2.id, greatest(
        ${latest('interaction_relationship', 'relationship_id', 'id')},
        ${latest('interaction_partner', 'partner_id', 'partner_id')},
        ${latest('interaction_person', 'person_id', 'partner_id')}) as latest
      from relationship r2
      where r2.workspace_id = ${workspaceId} and r2.id = any(${sql.val([...new Set(relationshipIds)])}::uuid[])
    ) x
    where r.workspace_id = ${workspaceId} and r.id = x.id and r.last_contact_at is distinct from x.latest
    returning r.id`.execute(trx);
  return result.rows.map((r) => r.id);
}
