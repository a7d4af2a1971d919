import type { Db, FieldChanges, Tx } from '../db/index.js';
import { newId } from '../core/index.js';

export type AuditEntry = {
  workspaceId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: FieldChanges;
};

/**
 * Writes one audit entry. Callers pass the transaction that makes the change, so the entry
 * and the change commit or roll back together.
 */
export async function insertAudit(trx: Tx, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('auditLog')
    .values({ ...entry, id: newId(), changes: JSON.stringify(entry.changes) })
    .execute();
}

export async function listAudit(db: Db, workspaceId: string, options: { limit: number; before?: string | undefined }) {
  let query = db
    .selectFrom('auditLog')
    .leftJoin('appUser', 'appUser.id', 'auditLog.actorId')
    .select([
      'auditLog.id',
      'auditLog.createdAt',
      'auditLog.action',
      'auditLog.entityType',
      'auditLog.entityId',
      'auditLog.changes',
      'auditLog.actorId',
      'appUser.name as actorName',
    ])
    .where('auditLog.workspaceId', '=', workspaceId)
    .orderBy('auditLog.id', 'desc')
    .limit(options.limit + 1);
  // Ids are UUID v7, so "older than the cursor" is "smaller id than the cursor".
  if (options.before) query = query.where('auditLog.id', '<', options.before);
  return query.execute();
}

/** Many entries in one statement, for bulk actions: still inside the caller's transaction. */
export async function insertAuditMany(trx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await trx
    .insertInto('auditLog')
    .values(entries.map((entry) => ({ ...entry, id: newId(), changes: JSON.stringify(entry.changes) })))
    .execute();
}
