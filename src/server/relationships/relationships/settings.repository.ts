import type { Db, Stage, Tier, Tx, Row } from '../../platform/db/index.js';

export type ChecklistRow = Pick<Row<'stageChecklistItem'>, 'id' | 'stage' | 'key' | 'label' | 'position' | 'removedAt'>;

/** A workspace's stored checklist items (removed ones too) of some stages, in order. */
export async function listChecklistRows(db: Db, workspaceId: string, stages: Stage[]): Promise<ChecklistRow[]> {
  if (stages.length === 0) return [];
  return db
    .selectFrom('stageChecklistItem')
    .select(['id', 'stage', 'key', 'label', 'position', 'removedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('stage', 'in', stages)
    .orderBy('stage')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function saveChecklistRows(trx: Tx, workspaceId: string, rows: ChecklistRow[]) {
  if (rows.length === 0) return;
  await trx
    .insertInto('stageChecklistItem')
    .values(rows.map((r) => ({ ...r, workspaceId })))
    .onConflict((oc) =>
      oc.columns(['workspaceId', 'id']).doUpdateSet((eb) => ({
        key: eb.ref('excluded.key'),
        label: eb.ref('excluded.label'),
        position: eb.ref('excluded.position'),
        removedAt: eb.ref('excluded.removedAt'),
      })),
    )
    .execute();
}

export async function listChecks(db: Db, workspaceId: string, relationshipId: string) {
  return db
    .selectFrom('relationshipChecklistCheck as c')
    .leftJoin('appUser as u', 'u.id', 'c.doneBy')
    .select(['c.itemId', 'c.doneAt', 'c.doneBy', 'u.name as doneByName'])
    .where('c.workspaceId', '=', workspaceId)
    .where('c.relationshipId', '=', relationshipId)
    .execute();
}

/** Ticks an item; false when it was ticked already (the first tick keeps its time and author). */
export async function insertCheck(
  trx: Tx,
  workspaceId: string,
  relationshipId: string,
  itemId: string,
  userId: string,
): Promise<boolean> {
  const rows = await trx
    .insertInto('relationshipChecklistCheck')
    .values({ workspaceId, relationshipId, itemId, doneBy: userId, doneAt: new Date() })
    .onConflict((oc) => oc.columns(['workspaceId', 'relationshipId', 'itemId']).doNothing())
    .returning('itemId')
    .execute();
  return rows.length > 0;
}

export async function deleteCheck(
  trx: Tx,
  workspaceId: string,
  relationshipId: string,
  itemId: string,
): Promise<boolean> {
  const result = await trx
    .deleteFrom('relationshipChecklistCheck')
    .where('workspaceId', '=', workspaceId)
    .where('relationshipId', '=', relationshipId)
    .where('itemId', '=', itemId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The workspace's cadence overrides by tier; tiers without one use the shipped default. */
export async function listTierOverrides(db: Db, workspaceId: string): Promise<Partial<Record<Tier, number>>> {
  const rows = await db
    .selectFrom('relationshipTierSetting')
    .select(['tier', 'cadenceDays'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.tier, r.cadenceDays]));
}

export async function setTierOverride(trx: Tx, workspaceId: string, tier: Tier, cadenceDays: number | null) {
  if (cadenceDays === null) {
    await trx
      .deleteFrom('relationshipTierSetting')
      .where('workspaceId', '=', workspaceId)
      .where('tier', '=', tier)
      .execute();
    return;
  }
  await trx
    .insertInto('relationshipTierSetting')
    .values({ workspaceId, tier, cadenceDays, updatedAt: new Date() })
    .onConflict((oc) => oc.columns(['workspaceId', 'tier']).doUpdateSet({ cadenceDays, updatedAt: new Date() }))
    .execute();
}
