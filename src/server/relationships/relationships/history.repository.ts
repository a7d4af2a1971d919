import type { Db, SkippedItem, Stage, StageDirection, Tx } from '../../platform/db/index.js';
import { newId } from '../../platform/core/index.js';

export type StageChange = {
  workspaceId: string;
  relationshipId: string;
  fromStage: Stage | null;
  toStage: Stage;
  direction: StageDirection;
  note?: string | null;
  reason?: string | null;
  skippedItems?: SkippedItem[];
  changedBy: string;
  changedAt: Date;
};

/** Records a change of stage, closing the stay it ends (analytics reads stays from these rows). */
export async function insertStageChange(trx: Tx, change: StageChange) {
  await trx
    .updateTable('stageChange')
    .set({ leftAt: change.changedAt, nextStage: change.toStage })
    .where('workspaceId', '=', change.workspaceId)
    .where('relationshipId', '=', change.relationshipId)
    .where('leftAt', 'is', null)
    .execute();
  await trx
    .insertInto('stageChange')
    .values({
      ...change,
      id: newId(),
      note: change.note ?? null,
      reason: change.reason ?? null,
      skippedItems: JSON.stringify(change.skippedItems ?? []),
    })
    .execute();
}

/** A relationship's stage changes, newest first. */
export async function listStageChanges(db: Db, workspaceId: string, relationshipId: string) {
  return db
    .selectFrom('stageChange as c')
    .leftJoin('appUser as u', 'u.id', 'c.changedBy')
    .select([
      'c.id',
      'c.fromStage',
      'c.toStage',
      'c.direction',
      'c.note',
      'c.reason',
      'c.skippedItems',
      'c.changedBy',
      'u.name as changedByName',
      'c.changedAt',
    ])
    .where('c.workspaceId', '=', workspaceId)
    .where('c.relationshipId', '=', relationshipId)
    .orderBy('c.changedAt', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}
