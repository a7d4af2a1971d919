import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { containsPattern } from '../../platform/core/index.js';
import { withNameSearch } from './list.repository.js';
import { LIVE } from './relationships.repository.js';

/**
 * Live relationships whose partner's name matches the folded query (as the list's `q`: substring
 * or typo-tolerant word similarity) or whose purpose contains it, name prefix first.
 */
export async function findRelationshipsMatching(db: Db, workspaceId: string, folded: string, q: string, limit: number) {
  const pattern = containsPattern(folded);
  const prefix = pattern.slice(1);
  return withNameSearch(db, folded, (conn) =>
    conn
      .selectFrom('relationship as r')
      .innerJoin('partner as p', (j) =>
        j.onRef('p.workspaceId', '=', 'r.workspaceId').onRef('p.id', '=', 'r.partnerId'),
      )
      .select(['r.id', 'r.partnerId', 'p.name as partnerName', 'r.purpose', 'r.stage', 'r.status'])
      .where('r.workspaceId', '=', workspaceId)
      .where(LIVE)
      .where(
        sql<boolean>`(r.partner_sort_name like ${pattern} or ${folded} <% r.partner_sort_name or r.purpose ilike ${containsPattern(q)})`,
      )
      .orderBy(sql`(r.partner_sort_name like ${prefix})`, 'desc')
      .orderBy(sql`word_similarity(${folded}, r.partner_sort_name)`, 'desc')
      .orderBy('r.partnerSortName')
      .orderBy('r.id')
      .limit(limit)
      .execute(),
  );
}
