import type { Db, SkippedItem } from '../../platform/db/index.js';
import { AppError, fieldError, notFound, todayIn } from '../../platform/core/index.js';
import { type Auth, requireVersion } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { effectiveChecklist } from './checklist.js';
import { listStageChanges, insertStageChange } from './history.repository.js';
import { findRelationship, updateStage, type RelationshipRow } from './relationships.repository.js';
import type { RelationshipView, StageMoveInput } from './relationships.schema.js';
import { staleRelationship, findWritable, getRelationship } from './relationships.service.js';
import { listChecklistRows, listChecks } from './settings.repository.js';
import { stageIndex, stagesPassed } from './values.js';

/**
 * Moves a relationship to another stage. Forward moves may jump, but the open checklist items of
 * every stage left behind must be confirmed as skipped (409 checklist_incomplete lists them);
 * backward moves need a reason. Each move is a row of stage history.
 */
export async function moveStage(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: StageMoveInput,
  headerVersion: number | undefined,
): Promise<RelationshipView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(input.version ?? headerVersion);
  const row = await findWritable(db, auth, workspaceId, id);
  if (row.version !== version) throw await staleRelationship(db, auth, workspaceId, id);
  if (input.to === row.stage) throw fieldError('to', 'invalid_value', 'is the current stage');
  const forward = stageIndex(input.to) > stageIndex(row.stage);
  if (!forward && !input.reason) throw fieldError('reason', 'required', 'say why the relationship goes back a stage');
  const skipped = forward ? await openItems(db, row, input.to) : [];
  if (skipped.length && !input.confirmSkipped) {
    throw new AppError('checklist_incomplete', 'Items of the checklist are still open; confirm to skip them', {
      extra: { openItems: skipped },
    });
  }
  const moved = await db.transaction().execute(async (trx) => {
    const at = new Date();
    if (!(await updateStage(trx, workspaceId, id, version, input.to, at, auth.user.id))) return false;
    await insertStageChange(trx, {
      workspaceId,
      relationshipId: id,
      fromStage: row.stage,
      toStage: input.to,
      direction: forward ? 'forward' : 'backward',
      note: input.note || null,
      reason: input.reason || null,
      skippedItems: skipped,
      changedBy: auth.user.id,
      changedAt: at,
    });
    const changes = {
      stage: { before: row.stage, after: input.to },
      ...(skipped.length ? { skippedItems: { before: null, after: skipped.map((i) => i.id) } } : {}),
    };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.stage',
      entityType: 'relationship',
      entityId: id,
      changes,
    });
    return true;
  });
  if (!moved) throw await staleRelationship(db, auth, workspaceId, id);
  return getRelationship(db, auth, workspaceId, id);
}

/** Unticked items of the current stage and of every stage a forward move jumps over, in stage order. */
async function openItems(db: Db, row: RelationshipRow, to: RelationshipRow['stage']): Promise<SkippedItem[]> {
  const stages = stagesPassed(row.stage, to);
  const [rows, checks] = await Promise.all([
    listChecklistRows(db, row.workspaceId, stages),
    listChecks(db, row.workspaceId, row.id),
  ]);
  const done = new Set(checks.map((c) => c.itemId));
  return stages.flatMap((stage) =>
    effectiveChecklist(stage, rows)
      .filter((item) => !done.has(item.id))
      .map((item) => ({ ...item, stage })),
  );
}

export async function getStageHistory(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  if (!(await findRelationship(db, workspaceId, id, todayIn(auth.user.timeZone)))) throw notFound('Relationship');
  const rows = await listStageChanges(db, workspaceId, id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      from: r.fromStage,
      to: r.toStage,
      direction: r.direction,
      note: r.note,
      reason: r.reason,
      skippedItems: r.skippedItems,
      changedBy: r.changedBy ? { id: r.changedBy, name: r.changedByName ?? '' } : null,
      changedAt: r.changedAt.toISOString(),
    })),
  };
}
