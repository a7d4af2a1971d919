import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { containsPattern } from '../../platform/core/index.js';

/**
 * Live interactions whose folded subject, notes or minutes contain the folded query, latest
 * first, each with the first partner it concerns (by name) for the result's second line.
 */
export async function findInteractionsMatching(db: Db, workspaceId: string, folded: string, limit: number) {
  return db
    .selectFrom('interaction as i')
    .select([
      'i.id',
      'i.kind',
      'i.subject',
      'i.occurredAt',
      'i.notesText',
      'i.minutesText',
      sql<string | null>`(select p.name from interaction_partner ip
        join partner p on p.workspace_id = ip.workspace_id and p.id = ip.partner_id
        where ip.workspace_id = i.workspace_id and ip.interaction_id = i.id and p.deleted_at is null
        order by p.sort_name limit 1)`.as('partnerName'),
    ])
    .where('i.workspaceId', '=', workspaceId)
    .where('i.deletedAt', 'is', null)
    .where('i.searchText', 'like', containsPattern(folded))
    .orderBy('i.occurredAt', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .execute();
}
