import type { Db } from '../../platform/db/index.js';
import { fieldError } from '../../platform/core/index.js';
import { type Auth, decodeCursor, encodeCursor } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { listPartnerPage, type SortColumn } from './list.repository.js';
import type { PartnerListQuery } from './partners.schema.js';

const SORT_COLUMNS: Record<string, SortColumn> = { name: 'sortName', created: 'createdAt', updated: 'updatedAt' };

/** A page of the partner list. With a search and no explicit sort, best matches come first. */
export async function listPartners(db: Db, auth: Auth, workspaceId: string, query: PartnerListQuery) {
  await requirePermission(db, auth, workspaceId, 'read');
  const { limit, cursor, sort: sortParam, ...filters } = query;
  const sort = resolveSort(sortParam, Boolean(filters.q));
  const key = decodeCursor(cursor, 2);
  if (key && typeof key[1] !== 'string') throw fieldError('cursor', 'invalid_format', 'cursor is not valid');
  const rows = await listPartnerPage(db, workspaceId, {
    filters,
    timeZone: auth.user.timeZone,
    sort,
    after: key ? [key[0] as string | number, key[1] as string] : undefined,
    limit,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      type: r.type,
      name: r.name,
      kinds: r.kinds,
      country: r.country,
      owner: r.ownerId ? { id: r.ownerId, name: r.ownerName ?? '' } : null,
      tags: r.tags,
      email: r.email ?? null,
      phone: r.phone ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      deletedAt: r.deletedAt?.toISOString() ?? null,
      version: r.version,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([cursorValue(last.sortValue), last.id]) : null,
  };
}

export function resolveSort(
  sort: string | undefined,
  searching: boolean,
): { column: SortColumn; direction: 'asc' | 'desc' } {
  if (!sort) return searching ? { column: 'score', direction: 'desc' } : { column: 'sortName', direction: 'asc' };
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  return { column: SORT_COLUMNS[sort.replace(/^-/, '')] ?? 'sortName', direction };
}

function cursorValue(value: number | string | Date): string | number {
  return value instanceof Date ? value.toISOString() : value;
}
