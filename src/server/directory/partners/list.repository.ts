import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, Db } from '../../platform/db/index.js';
import { foldText, nameKey } from '../../platform/core/index.js';
import type { PartnerFilters } from './partners.schema.js';

type Eb = ExpressionBuilder<Database & { p: Database['partner'] }, 'p'>;

/** Typo tolerance: a word of the query this similar (0–1) to a word of the name still matches. */
export const TYPO_THRESHOLD = 0.45;

export type SortColumn = 'sortName' | 'createdAt' | 'updatedAt' | 'score';
export type ListOptions = {
  filters: PartnerFilters;
  timeZone: string;
  sort: { column: SortColumn; direction: 'asc' | 'desc' };
  after?: [string | number, string] | undefined;
  limit: number;
};

/** Folded query text for LIKE, with its wildcards escaped. */
function likePattern(q: string): string {
  return `%${foldText(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function digitsOf(q: string): string | null {
  return /^[+\d\s().\-/۰-۹٠-٩]+$/.test(q) ? foldText(q).replace(/\D/g, '') : null;
}

function matchesQuery(eb: Eb, workspaceId: string, q: string, tagIds: string[]): Expression<SqlBool> {
  const folded = foldText(q);
  const pattern = likePattern(q);
  const digits = digitsOf(q);
  // The tag ids are looked up beforehand: a sub-select inside this OR would stop PostgreSQL
  // from combining the trigram index scans and make it read every partner.
  return eb.or([
    eb('p.searchText', 'like', pattern),
    sql<SqlBool>`${folded} <% p.sort_name`,
    ...(digits && digits.length >= 4 ? [eb('p.searchText', 'like', `%${digits}%`)] : []),
    ...(tagIds.length
      ? [
          eb(
            'p.id',
            'in',
            eb
              .selectFrom('partnerTag')
              .select('partnerId')
              .where('partnerTag.workspaceId', '=', workspaceId)
              .where('partnerTag.tagId', 'in', tagIds),
          ),
        ]
      : []),
  ]);
}

/** Tags whose folded name contains the query: few rows, read before the partner query. */
export async function tagsMatching(db: Db, workspaceId: string, q: string): Promise<string[]> {
  const pattern = `%${nameKey(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (pattern === '%%') return [];
  const rows = await db
    .selectFrom('tag')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('nameKey', 'like', pattern)
    .execute();
  return rows.map((r) => r.id);
}

/** How well a partner matches: name prefix, then name substring, then anywhere; ties by name similarity. */
export function scoreExpression(q: string) {
  const folded = foldText(q);
  const pattern = likePattern(q);
  const prefix = `${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<number>`((case when p.sort_name like ${prefix} then 3 when p.sort_name like ${pattern} then 2 when p.search_text like ${pattern} then 1 else 0 end) + word_similarity(${folded}, p.sort_name) + similarity(${folded}, p.sort_name) / 2)::float8`;
}

function dayStart(day: string, timeZone: string) {
  return sql<Date>`(${day}::date)::timestamp at time zone ${timeZone}`;
}

function dayEnd(day: string, timeZone: string) {
  return sql<Date>`((${day}::date + 1)::timestamp at time zone ${timeZone})`;
}

/** The WHERE clause of the list, exports and bulk selection: every filter of PartnerFilters. */
export function applyFilters(
  eb: Eb,
  workspaceId: string,
  filters: PartnerFilters,
  timeZone: string,
  matchingTagIds: string[] = [],
): Expression<SqlBool> {
  const f = filters;
  const conditions: Expression<SqlBool>[] = [
    eb('p.workspaceId', '=', workspaceId),
    eb('p.deletedAt', f.deleted ? 'is not' : 'is', null),
  ];
  if (f.type) conditions.push(eb('p.type', '=', f.type));
  if (f.kind?.length) conditions.push(eb('p.kinds', '&&', sql<string[]>`${sql.val(f.kind)}::text[]`));
  if (f.tag?.length) {
    conditions.push(
      eb(
        'p.id',
        'in',
        eb
          .selectFrom('partnerTag')
          .select('partnerId')
          .where('partnerTag.workspaceId', '=', workspaceId)
          .where('partnerTag.tagId', 'in', f.tag),
      ),
    );
  }
  if (f.owner) conditions.push(eb('p.ownerId', '=', f.owner));
  if (f.country) conditions.push(eb('p.country', '=', f.country));
  if (f.createdFrom) conditions.push(eb('p.createdAt', '>=', dayStart(f.createdFrom, timeZone)));
  if (f.createdTo) conditions.push(eb('p.createdAt', '<', dayEnd(f.createdTo, timeZone)));
  if (f.updatedFrom) conditions.push(eb('p.updatedAt', '>=', dayStart(f.updatedFrom, timeZone)));
  if (f.updatedTo) conditions.push(eb('p.updatedAt', '<', dayEnd(f.updatedTo, timeZone)));
  if (f.q) conditions.push(matchesQuery(eb, workspaceId, f.q, matchingTagIds));
  return eb.and(conditions);
}

/**
 * One page of partners in keyset order. A search runs in a transaction so the typo threshold
 * applies to this query alone (SET LOCAL), on PGlite and on a server alike; a plain page does not
 * need one.
 */
export async function listPartnerPage(db: Db, workspaceId: string, options: ListOptions) {
  const q = options.filters.q;
  if (!q) return pageQuery(db, workspaceId, options, []);
  const tagIds = await tagsMatching(db, workspaceId, q);
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`.execute(trx);
    return pageQuery(trx, workspaceId, options, tagIds);
  });
}

function pageQuery(db: Db, workspaceId: string, options: ListOptions, tagIds: string[]) {
  const { column, direction } = options.sort;
  const sortExpr = column === 'score' ? scoreExpression(options.filters.q ?? '') : sql.ref(`p.${snake(column)}`);
  let query = db
    .selectFrom('partner as p')
    .select((eb) => [
      'p.id',
      'p.type',
      'p.name',
      'p.kinds',
      'p.country',
      'p.ownerId',
      'p.sortName',
      'p.createdAt',
      'p.updatedAt',
      'p.deletedAt',
      'p.version',
      sql<number | string | Date>`${sortExpr}`.as('sortValue'),
      firstContact(eb, 'email').as('email'),
      firstContact(eb, 'phone').as('phone'),
      tagsOf().as('tags'),
      eb.selectFrom('appUser as u').select('u.name').whereRef('u.id', '=', 'p.ownerId').as('ownerName'),
    ])
    .where((eb) => applyFilters(eb, workspaceId, options.filters, options.timeZone, tagIds))
    .orderBy(sortExpr, direction)
    .orderBy('p.id', direction)
    .limit(options.limit + 1);
  const after = options.after;
  if (after) {
    const op = direction === 'asc' ? '>' : '<';
    const value = column === 'createdAt' || column === 'updatedAt' ? new Date(String(after[0])) : after[0];
    query = query.where(sql<SqlBool>`(${sortExpr}, p.id) ${sql.raw(op)} (${value}, ${after[1]})`);
  }
  return query.execute();
}

function firstContact(eb: Eb, channel: 'email' | 'phone') {
  return eb
    .selectFrom('partnerContact as c')
    .select('c.value')
    .whereRef('c.workspaceId', '=', 'p.workspaceId')
    .whereRef('c.partnerId', '=', 'p.id')
    .where('c.channel', '=', channel)
    .orderBy('c.position')
    .limit(1);
}

export type ListTag = { id: string; name: string; color: string; version: number };

/** A row's tags as one JSON array, so a page is one query rather than a query per kind of detail. */
function tagsOf() {
  return sql<ListTag[]>`coalesce((
    select json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color, 'version', t.version) order by t.name_key)
    from partner_tag pt join tag t on t.workspace_id = pt.workspace_id and t.id = pt.tag_id
    where pt.workspace_id = p.workspace_id and pt.partner_id = p.id), '[]'::json)`;
}

function snake(column: Exclude<SortColumn, 'score'>): string {
  return column.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
