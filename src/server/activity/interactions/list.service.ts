import type { Db } from '../../platform/db/index.js';
import { type Auth, encodeCursor, readInstantCursor } from '../../platform/http/index.js';
import { addDays } from '../../platform/core/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { presentInteractions } from './interaction-view.js';
import type { InteractionListQuery } from './interactions.schema.js';
import { listInteractionPage } from './list.repository.js';
import { instantOf } from './recurrence.js';

/** A list bound: an instant as given, or a day in the caller's time zone (from its start; `to` through its end). */
function bound(value: string | undefined, timeZone: string, end: boolean): Date | undefined {
  if (value === undefined) return undefined;
  if (value.includes('T')) return new Date(value);
  const [year = 0, month = 1, day = 1] = (end ? addDays(value, 1) : value).split('-').map(Number);
  return instantOf({ year, month, day, hour: 0, minute: 0 }, timeZone);
}

/** A page of interactions, newest first; trashed ones with `deleted=true`. */
export async function listInteractions(db: Db, auth: Auth, workspaceId: string, query: InteractionListQuery) {
  await requirePermission(db, auth, workspaceId, 'read');
  const { limit, cursor, from, to, ...filters } = query;
  const after = readInstantCursor(cursor);
  const rows = await listInteractionPage(
    db,
    workspaceId,
    { ...filters, from: bound(from, auth.user.timeZone, false), to: bound(to, auth.user.timeZone, true) },
    after,
    limit,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: await presentInteractions(db, workspaceId, page),
    nextCursor: rows.length > limit && last ? encodeCursor([last.occurredAt.toISOString(), last.id]) : null,
  };
}
