import { sql, type SqlBool } from 'kysely';
import { type Db, nextVersion, type TaskStatus, trashed, type Tx } from '../../platform/db/index.js';
import { taskSearchText } from './search-text.js';

/** The columns of a task a write sets. */
export type TaskValues = {
  title: string;
  notes: string;
  ownerId: string | null;
  dueOn: string | null;
  status: TaskStatus;
  completedAt: Date | null;
  completedBy: string | null;
  interactionId: string | null;
  relationshipId: string | null;
  partnerId: string | null;
  timelineAt: Date;
};

/**
 * Tasks with the names they show. People's names are sub-selects rather than joins: with eight
 * joined tables PostgreSQL spent ten times longer planning a page of My tasks than running it.
 */
export function selectTasks(db: Db) {
  const userName = (column: 'owner_id' | 'completed_by' | 'created_by') =>
    sql<string | null>`(select u.name from app_user u where u.id = ${sql.ref(`t.${column}`)})`;
  return db
    .selectFrom('task as t')
    .leftJoin('interaction as i', (j) =>
      j.onRef('i.workspaceId', '=', 't.workspaceId').onRef('i.id', '=', 't.interactionId'),
    )
    .leftJoin('relationship as r', (j) =>
      j.onRef('r.workspaceId', '=', 't.workspaceId').onRef('r.id', '=', 't.relationshipId'),
    )
    .leftJoin('partner as rp', (j) =>
      j.onRef('rp.workspaceId', '=', 'r.workspaceId').onRef('rp.id', '=', 'r.partnerId'),
    )
    .leftJoin('partner as p', (j) => j.onRef('p.workspaceId', '=', 't.workspaceId').onRef('p.id', '=', 't.partnerId'))
    .selectAll('t')
    .select([
      userName('owner_id').as('ownerName'),
      userName('completed_by').as('completedByName'),
      userName('created_by').as('createdByName'),
      'i.kind as interactionKind',
      'i.subject as interactionSubject',
      'i.occurredAt as interactionOccurredAt',
      'r.partnerId as relationshipPartnerId',
      'rp.name as relationshipPartnerName',
      'r.purpose as relationshipPurpose',
      'p.name as partnerName',
      'p.type as partnerType',
      // The sort key of task lists: due date, undated last.
      sql<string>`coalesce(t.due_on, 'infinity'::date)::text`.as('dueKey'),
    ]);
}

export type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['executeTakeFirstOrThrow']>>;

export async function findTask(db: Db, workspaceId: string, id: string): Promise<TaskRow | undefined> {
  return selectTasks(db).where('t.workspaceId', '=', workspaceId).where('t.id', '=', id).executeTakeFirst();
}

export async function insertTasks(
  trx: Tx,
  rows: (TaskValues & { workspaceId: string; id: string; createdBy: string })[],
  now: Date,
) {
  if (rows.length === 0) return;
  await trx
    .insertInto('task')
    .values(
      rows.map((row) => ({
        ...row,
        searchText: taskSearchText(row),
        updatedBy: row.createdBy,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .execute();
}

/** Writes the new values only if the task is live and still at `version`. */
export async function updateTaskRow(
  trx: Tx,
  workspaceId: string,
  id: string,
  version: number,
  values: TaskValues & { updatedBy: string },
) {
  const result = await trx
    .updateTable('task')
    .set({ ...values, searchText: taskSearchText(values), ...nextVersion() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Moves a task to or out of the trash; `version` guards a delete. */
export async function setTaskDeleted(
  trx: Tx,
  workspaceId: string,
  id: string,
  deletedAt: Date | null,
  userId: string,
  version?: number,
) {
  let query = trx
    .updateTable('task')
    .set(trashed(userId, deletedAt))
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('deletedAt', deletedAt ? 'is' : 'is not', null);
  if (version !== undefined) query = query.where('version', '=', version);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type TaskFilters = {
  owner?: string | undefined;
  status?: TaskStatus | undefined;
  /** Due-date bounds, inclusive, as calendar dates; `openOnly` for the overdue bucket. */
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  openOnly?: boolean;
  /** From this date on, undated tasks included (they sort last): the "later" bucket. */
  dueKeyFrom?: string | undefined;
  interaction?: string | undefined;
  relationship?: string | undefined;
  partner?: string | undefined;
  deleted?: boolean | undefined;
};

const DUE_KEY = sql`coalesce(t.due_on, 'infinity'::date)`;

/**
 * One page of tasks in due order, undated last, then by creation (ids are UUID v7). The owner and
 * status filters with this order match task_owner_idx / task_due_idx. A relationship filter also
 * matches tasks of its partner, as the relationship's timeline shows them.
 */
export async function listTaskPage(
  db: Db,
  workspaceId: string,
  filters: TaskFilters,
  after: { dueKey: string; id: string } | undefined,
  limit: number,
) {
  let query = selectTasks(db)
    .where('t.workspaceId', '=', workspaceId)
    .where('t.deletedAt', filters.deleted ? 'is not' : 'is', null)
    .orderBy(DUE_KEY)
    .orderBy('t.id')
    .limit(limit + 1);
  if (filters.owner) query = query.where('t.ownerId', '=', filters.owner);
  if (filters.status) query = query.where('t.status', '=', filters.status);
  if (filters.openOnly) query = query.where('t.status', '=', 'open');
  if (filters.dueFrom) query = query.where('t.dueOn', '>=', filters.dueFrom);
  if (filters.dueTo) query = query.where('t.dueOn', '<=', filters.dueTo);
  if (filters.dueKeyFrom) query = query.where(sql<SqlBool>`${DUE_KEY} >= ${filters.dueKeyFrom}::date`);
  if (filters.interaction) query = query.where('t.interactionId', '=', filters.interaction);
  if (filters.partner) query = query.where('t.partnerId', '=', filters.partner);
  if (filters.relationship) {
    const partnerOf = sql`(select r2.partner_id from relationship r2 where r2.workspace_id = ${workspaceId} and r2.id = ${filters.relationship})`;
    query = query.where(sql<SqlBool>`(t.relationship_id = ${filters.relationship} or t.partner_id = ${partnerOf})`);
  }
  if (after) query = query.where(sql<SqlBool>`(${DUE_KEY}, t.id) > (${after.dueKey}::date, ${after.id}::uuid)`);
  return query.execute();
}
