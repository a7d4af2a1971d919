import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { TYPO_THRESHOLD } from '../../directory/partners/index.js';
import { foldText } from '../../platform/core/index.js';
import { LIVE, ONE_SIDED, overdueOn, selectRelationships, type RelationshipRow } from './relationships.repository.js';
import type { RelationshipFilters, Sort } from './relationships.schema.js';
import { STAGES, TIERS } from './values.js';

export type KeyType = 'text' | 'int' | 'date' | 'timestamptz';
/** `where`: a sort that is also a filter (losing_touch lists only relationships whose score fell). */
type SortSpec = {
  keys: { expr: RawBuilder<unknown>; type: KeyType }[];
  direction: 'asc' | 'desc';
  where?: RawBuilder<SqlBool>;
};

const partnerName = { expr: sql`r.partner_sort_name`, type: 'text' } as const;
// A literal rather than a parameter, so the expression matches relationship_stage_order_idx.
const stageOrder = sql.raw(`array_position('{${STAGES.join(',')}}'::text[], r.stage)`);
const valueSum = sql`r.can_we_help + r.can_they_help`;

/** Every sort is a key of one or two columns plus the id, all in one direction, so a row comparison pages it. */
export const SORT_SPECS: Record<Sort, SortSpec> = {
  partner: { keys: [partnerName], direction: 'asc' },
  updated: { keys: [{ expr: sql`r.updated_at`, type: 'timestamptz' }], direction: 'asc' },
  '-updated': { keys: [{ expr: sql`r.updated_at`, type: 'timestamptz' }], direction: 'desc' },
  nextContact: { keys: [{ expr: sql`r.next_contact_due`, type: 'date' }], direction: 'asc' },
  '-nextContact': { keys: [{ expr: sql`r.next_contact_due`, type: 'date' }], direction: 'desc' },
  // Unassessed relationships come last both ways: past the highest sum (10) up, below the lowest (2) down.
  value: { keys: [{ expr: sql`coalesce(${valueSum}, 11)`, type: 'int' }], direction: 'asc' },
  '-value': { keys: [{ expr: sql`coalesce(${valueSum}, 0)`, type: 'int' }], direction: 'desc' },
  stage: { keys: [{ expr: stageOrder, type: 'int' }, partnerName], direction: 'asc' },
  // Not yet scored comes last both ways, as unassessed value does (relationship_health_up/down_idx).
  health: { keys: [{ expr: sql`coalesce(r.health_score, 101)`, type: 'int' }], direction: 'asc' },
  '-health': { keys: [{ expr: sql`coalesce(r.health_score, -1)`, type: 'int' }], direction: 'desc' },
  // A literal `> 0`, so the condition matches the partial relationship_health_drop_idx.
  losing_touch: {
    keys: [{ expr: sql`r.health_drop_30d`, type: 'int' }],
    direction: 'desc',
    where: sql<SqlBool>`r.health_drop_30d > 0`,
  },
};

export type ListOptions = {
  filters: RelationshipFilters;
  today: string;
  sort: Sort;
  after?: { values: (string | number)[]; id: string } | undefined;
  limit: number;
  deleted?: boolean | undefined;
};

/** Folded name text for LIKE, with its wildcards escaped. */
function likePattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE clause of the list, the board and its counts. */
export function filterSql(
  workspaceId: string,
  f: RelationshipFilters,
  today: string,
  deleted = false,
): RawBuilder<SqlBool> {
  const conditions: RawBuilder<SqlBool>[] = [
    sql`r.workspace_id = ${workspaceId}`,
    deleted ? sql`(r.deleted_at is not null and not r.partner_deleted)` : LIVE,
  ];
  if (f.stage?.length) conditions.push(sql`r.stage = any(${sql.val(f.stage)}::text[])`);
  if (f.tier?.length) conditions.push(sql`r.tier = any(${sql.val(f.tier)}::text[])`);
  if (f.status?.length) conditions.push(sql`r.status = any(${sql.val(f.status)}::text[])`);
  if (f.kind?.length) conditions.push(sql`r.kinds && ${sql.val(f.kind)}::text[]`);
  if (f.tag?.length) {
    conditions.push(
      sql`r.partner_id in (select t.partner_id from partner_tag t where t.workspace_id = ${workspaceId} and t.tag_id = any(${sql.val(f.tag)}::uuid[]))`,
    );
  }
  if (f.owner) conditions.push(sql`r.owner_id = ${f.owner}`);
  if (f.partner) conditions.push(sql`r.partner_id = ${f.partner}`);
  if (f.oneSided !== undefined) conditions.push(f.oneSided ? ONE_SIDED : sql`not ${ONE_SIDED}`);
  if (f.overdue !== undefined) conditions.push(f.overdue ? overdueOn(today) : sql`not ${overdueOn(today)}`);
  const folded = foldText(f.q ?? '');
  if (folded)
    conditions.push(sql`(r.partner_sort_name like ${likePattern(folded)} or ${folded} <% r.partner_sort_name)`);
  return sql`(${sql.join(conditions, sql` and `)})`;
}

/**
 * Runs the queries of one answer; a name search in a transaction, so the typo threshold applies to
 * it alone (SET LOCAL), as in the partner directory.
 */
export async function withNameSearch<T>(db: Db, q: string | undefined, run: (conn: Db) => Promise<T>): Promise<T> {
  if (!foldText(q ?? '')) return run(db);
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`.execute(trx);
    return run(trx);
  });
}

/** One page in keyset order, with the sort key of each row (sort0, sort1) for the next cursor. */
export async function listRelationshipPage(db: Db, workspaceId: string, options: ListOptions) {
  const { keys, direction, where } = SORT_SPECS[options.sort];
  return withNameSearch(db, options.filters.q, async (conn) => {
    let query = selectRelationships(conn, options.today)
      .select([
        sql<string | number | Date>`${keys[0]?.expr ?? sql`null`}`.as('sort0'),
        sql<string | number | Date | null>`${keys[1]?.expr ?? sql`null`}`.as('sort1'),
      ])
      .where(filterSql(workspaceId, options.filters, options.today, options.deleted));
    if (where) query = query.where(where);
    for (const key of keys) query = query.orderBy(key.expr, direction);
    query = query.orderBy('r.id', direction).limit(options.limit + 1);
    const after = options.after;
    if (after) {
      const op = sql.raw(direction === 'asc' ? '>' : '<');
      const left = sql.join([...keys.map((k) => k.expr), sql`r.id`]);
      const right = sql.join([
        ...keys.map((k, i) => sql`${after.values[i]}::${sql.raw(k.type)}`),
        sql`${after.id}::uuid`,
      ]);
      query = query.where(sql<SqlBool>`(${left}) ${op} (${right})`);
    }
    return query.execute();
  });
}

export type BoardOptions = {
  groupBy: 'stage' | 'tier';
  filters: RelationshipFilters;
  today: string;
  perColumn: number;
};

/**
 * The board in two queries: the count of every column (one grouped query) and the first cards of
 * each column in partner-name order (a lateral query per column key, each reading its column's
 * index and stopping after perColumn + 1 rows).
 */
export async function loadBoard(db: Db, workspaceId: string, options: BoardOptions) {
  const keys: readonly string[] = options.groupBy === 'stage' ? STAGES : TIERS;
  const column = sql.ref(`r.${options.groupBy}`);
  const where = filterSql(workspaceId, options.filters, options.today);
  return withNameSearch(db, options.filters.q, async (conn) => {
    const counts = await sql<{
      key: string;
      count: number;
    }>`select ${column} as key, count(*)::int as count from relationship r where ${where} group by 1`.execute(conn);
    const firsts = selectRelationships(conn, options.today)
      .where(where)
      .where(sql<SqlBool>`${column} = c.key`)
      .orderBy('r.partnerSortName')
      .orderBy('r.id')
      .limit(options.perColumn + 1);
    const cards = await sql<RelationshipRow & { columnKey: string }>`select c.key as column_key, x.*
      from unnest(${sql.val([...keys])}::text[]) as c(key) cross join lateral (${firsts}) as x`.execute(conn);
    return { counts: counts.rows, cards: cards.rows };
  });
}
