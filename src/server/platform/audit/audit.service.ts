import type { Db, FieldChanges } from '../db/index.js';
import type { Auth } from '../http/index.js';
import { requirePermission } from '../access/index.js';
import { listAudit } from './audit.repository.js';
import { findNames } from './names.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Row = Awaited<ReturnType<typeof listAudit>>[number];

/** A page of the workspace's audit log (owners and admins), each entry with the names it mentions. */
export async function auditPage(
  db: Db,
  auth: Auth,
  workspaceId: string,
  options: { limit: number; before?: string | undefined },
) {
  await requirePermission(db, auth, workspaceId, 'read_admin');
  const rows = await listAudit(db, workspaceId, options);
  const names = await findNames(db, workspaceId, [...new Set(rows.flatMap(mentionedIds))]);
  return rows.map((r) => present(r, names));
}

function present(r: Row, names: Map<string, string>) {
  const mentioned = Object.fromEntries(
    idsInChanges(r.changes).flatMap((id) => {
      const name = names.get(id);
      return name === undefined ? [] : [[id, name]];
    }),
  );
  return {
    id: r.id,
    at: r.createdAt.toISOString(),
    actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    entityName: names.get(r.entityId) ?? null,
    changes: r.changes,
    names: mentioned,
  };
}

function mentionedIds(r: Row): string[] {
  return [r.entityId, ...idsInChanges(r.changes)].filter((id) => UUID.test(id));
}

/**
 * Every id a change mentions: in its values (owners, members, tags, merged partners, skipped
 * checklist items) and in its field names (`checklist.<item id>`).
 */
function idsInChanges(changes: FieldChanges): string[] {
  const ids: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string' && UUID.test(value)) ids.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const [field, change] of Object.entries(changes)) {
    visit(field.slice(field.indexOf('.') + 1));
    visit(change.before);
    visit(change.after);
  }
  return ids;
}
