import type { Db } from '../../platform/db/index.js';
import { fieldError, todayIn } from '../../platform/core/index.js';
import { type Auth, decodeCursor, encodeCursor } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { listRelationshipPage, loadBoard, SORT_SPECS, type KeyType } from './list.repository.js';
import { presentCard, presentRelationships } from './relationship-view.js';
import type { BoardQuery, RelationshipListQuery, Sort } from './relationships.schema.js';
import { STAGES, TIERS } from './values.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VALID: Record<KeyType, (v: string | number) => boolean> = {
  text: (v) => typeof v === 'string',
  int: (v) => Number.isInteger(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  timestamptz: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
};

/** The sort key of a cursor made for `sort`, or 400 naming the cursor. */
function readCursor(cursor: string | undefined, sort: Sort) {
  const { keys } = SORT_SPECS[sort];
  const decoded = decodeCursor(cursor, keys.length + 1);
  if (!decoded) return undefined;
  const values = decoded.slice(0, keys.length);
  const id = decoded[keys.length];
  const ok =
    typeof id === 'string' &&
    UUID.test(id) &&
    keys.every((k, i) => values[i] !== undefined && VALID[k.type](values[i]));
  if (!ok || typeof id !== 'string') throw fieldError('cursor', 'invalid_format', 'cursor is not valid for this sort');
  return { values, id };
}

const cursorValue = (v: unknown): string | number => (v instanceof Date ? v.toISOString() : (v as string | number));

/** A page of relationships, filtered and sorted; trashed ones with `deleted=true`. */
export async function listRelationships(db: Db, auth: Auth, workspaceId: string, query: RelationshipListQuery) {
  await requirePermission(db, auth, workspaceId, 'read');
  const { limit, cursor, sort, deleted, ...filters } = query;
  const after = readCursor(cursor, sort);
  const today = todayIn(auth.user.timeZone);
  const rows = await listRelationshipPage(db, workspaceId, { filters, today, sort, after, limit, deleted });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const keyCount = SORT_SPECS[sort].keys.length;
  return {
    items: await presentRelationships(db, workspaceId, page),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([...[last.sort0, last.sort1].slice(0, keyCount).map(cursorValue), last.id])
        : null,
  };
}

const BOARD_STATUSES: ('active' | 'paused')[] = ['active', 'paused'];

/**
 * The board: every column of the grouping in order, with its count and first cards. A column's
 * nextCursor continues it in the list (`sort=partner` with the column's stage or tier filter).
 */
export async function getBoard(db: Db, auth: Auth, workspaceId: string, query: BoardQuery) {
  await requirePermission(db, auth, workspaceId, 'read');
  const { groupBy, perColumn, ...asked } = query;
  // A pipeline shows the work under way: ended relationships only when the status filter asks for them.
  const filters = { ...asked, status: asked.status ?? BOARD_STATUSES };
  const { counts, cards } = await loadBoard(db, workspaceId, {
    groupBy,
    perColumn,
    filters,
    today: todayIn(auth.user.timeZone),
  });
  const keys: readonly string[] = groupBy === 'stage' ? STAGES : TIERS;
  return {
    groupBy,
    columns: keys.map((key) => {
      const rows = cards.filter((c) => c.columnKey === key);
      const items = rows.slice(0, perColumn);
      const last = items[items.length - 1];
      return {
        key,
        count: counts.find((c) => c.key === key)?.count ?? 0,
        items: items.map(presentCard),
        nextCursor: rows.length > perColumn && last ? encodeCursor([last.partnerSortName, last.id]) : null,
      };
    }),
  };
}
