import { sql, type SqlBool } from 'kysely';
import type { Db, InteractionKind } from '../../platform/db/index.js';
import { selectInteractions } from './interactions.repository.js';

export type InteractionFilters = {
  partner?: string | undefined;
  relationship?: string | undefined;
  member?: string | undefined;
  kind?: InteractionKind[] | undefined;
  meeting?: boolean | undefined;
  series?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  deleted?: boolean | undefined;
};

/** Interactions that concern a partner: named as a partner or as a participant. */
const concerningPartner = (workspaceId: string, partnerId: unknown) => sql`(
  select l.interaction_id from interaction_partner l where l.workspace_id = ${workspaceId} and l.partner_id = ${partnerId}
  union all
  select l.interaction_id from interaction_person l where l.workspace_id = ${workspaceId} and l.person_id = ${partnerId})`;

/**
 * One page of interactions, newest first (occurred_at, then id). A relationship filter matches what
 * counts for its last contact: interactions naming the relationship or its partner.
 */
export async function listInteractionPage(
  db: Db,
  workspaceId: string,
  filters: InteractionFilters,
  after: { at: Date; id: string } | undefined,
  limit: number,
) {
  let query = selectInteractions(db)
    .where('i.workspaceId', '=', workspaceId)
    .where('i.deletedAt', filters.deleted ? 'is not' : 'is', null)
    .orderBy('i.occurredAt', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit + 1);
  if (filters.partner) query = query.where(sql<SqlBool>`i.id in ${concerningPartner(workspaceId, filters.partner)}`);
  if (filters.relationship) {
    const partnerOf = sql`(select r.partner_id from relationship r where r.workspace_id = ${workspaceId} and r.id = ${filters.relationship})`;
    query = query.where(sql<SqlBool>`(
      i.id in (select l.interaction_id from interaction_relationship l where l.workspace_id = ${workspaceId} and l.relationship_id = ${filters.relationship})
      or i.id in ${concerningPartner(workspaceId, partnerOf)})`);
  }
  if (filters.member) {
    query = query.where(
      sql<SqlBool>`exists (select 1 from interaction_member m where m.workspace_id = i.workspace_id and m.interaction_id = i.id and m.user_id = ${filters.member})`,
    );
  }
  if (filters.kind?.length) query = query.where('i.kind', 'in', filters.kind);
  if (filters.meeting !== undefined) query = query.where('i.isMeeting', '=', filters.meeting);
  if (filters.series) query = query.where('i.seriesId', '=', filters.series);
  if (filters.from) query = query.where('i.occurredAt', '>=', filters.from);
  if (filters.to) query = query.where('i.occurredAt', '<', filters.to);
  if (after) query = query.where(sql<SqlBool>`(i.occurred_at, i.id) < (${after.at}, ${after.id}::uuid)`);
  return query.execute();
}
