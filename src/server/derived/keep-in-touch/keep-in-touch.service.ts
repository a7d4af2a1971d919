import type { Db } from '../../platform/db/index.js';
import { fieldError, forbidden, todayIn } from '../../platform/core/index.js';
import { type Auth, dayField, decodeCursor, encodeCursor, isUuid } from '../../platform/http/index.js';
import { can, requirePermission } from '../../platform/access/index.js';
import { countDue, listDue, type KeepInTouchCursor, type KeepInTouchRow } from './keep-in-touch.repository.js';
import type { KeepInTouchQuery } from './keep-in-touch.schema.js';

function readCursor(cursor: string | undefined): KeepInTouchCursor | undefined {
  const key = decodeCursor(cursor, 3);
  if (!key) return undefined;
  const [priority, due, id] = key;
  if (
    !Number.isInteger(priority) ||
    // A real calendar day: a crafted cursor with 2026-02-30 is a 400, not a database error.
    !dayField.safeParse(due).success ||
    typeof id !== 'string' ||
    !isUuid(id)
  ) {
    throw fieldError('cursor', 'invalid_format', 'cursor is not valid');
  }
  return { priority: priority as number, due: due as string, id };
}

const present = (row: KeepInTouchRow) => ({ ...row, lastContactAt: row.lastContactAt?.toISOString() ?? null });

/**
 * Who to contact: the caller's relationships (owned or on the team), or with `scope=team` every
 * one of the workspace (owners and admins, the roles that oversee the team's work), overdue or due
 * within the week, most urgent first. "Today" is the caller's.
 */
export async function getKeepInTouch(db: Db, auth: Auth, workspaceId: string, query: KeepInTouchQuery) {
  const membership = await requirePermission(db, auth, workspaceId, 'read');
  if (query.scope === 'team' && !can(membership.role, 'read_admin'))
    throw forbidden('Only owners and admins see the whole team’s list');
  const after = readCursor(query.cursor);
  const scope = { today: todayIn(auth.user.timeZone), userId: auth.user.id, mine: query.scope === 'mine' };
  const [rows, counts] = await Promise.all([
    listDue(db, workspaceId, scope, after, query.limit),
    countDue(db, workspaceId, scope),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(present),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([last.priority, last.nextContactDue, last.relationshipId])
        : null,
    counts,
  };
}
