import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { containsPattern } from '../../platform/core/index.js';

/** Live tasks whose folded title or notes contain the folded query: open ones first, soonest due first. */
export async function findTasksMatching(db: Db, workspaceId: string, folded: string, limit: number) {
  return db
    .selectFrom('task as t')
    .select(['t.id', 't.title', 't.notes', 't.status', 't.dueOn', 't.interactionId', 't.relationshipId', 't.partnerId'])
    .where('t.workspaceId', '=', workspaceId)
    .where('t.deletedAt', 'is', null)
    .where('t.searchText', 'like', containsPattern(folded))
    .orderBy(sql`t.status = 'done'`)
    .orderBy(sql`t.due_on nulls last`)
    .orderBy('t.id', 'desc')
    .limit(limit)
    .execute();
}
