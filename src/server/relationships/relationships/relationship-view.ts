import type { Db, Stage } from '../../platform/db/index.js';
import { effectiveChecklist } from './checklist.js';
import { listTeams, type RelationshipRow } from './relationships.repository.js';
import type { Card, RelationshipView } from './relationships.schema.js';
import { listChecklistRows, listChecks } from './settings.repository.js';

type TeamRow = Awaited<ReturnType<typeof listTeams>>[number];

/** The card the board shows: the few fields a column needs. */
export function presentCard(row: RelationshipRow): Card {
  return {
    id: row.id,
    version: row.version,
    partner: { id: row.partnerId, name: row.partnerName, type: row.partnerType },
    owner: row.ownerId ? { id: row.ownerId, name: row.ownerName ?? '' } : null,
    stage: row.stage,
    tier: row.tier,
    oneSided: row.oneSided,
    overdue: row.overdue,
    nextContactDue: row.nextContactDue,
    value: valueOf(row),
  };
}

/** The relationship resource, from its row and its team. */
export function presentRelationship(row: RelationshipRow, team: TeamRow[]): RelationshipView {
  return {
    ...presentCard(row),
    purpose: row.purpose,
    kinds: row.kinds,
    team: team
      .filter((m) => m.relationshipId === row.id)
      .map((m) => ({ userId: m.userId, name: m.name, role: m.role })),
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    cadenceDays: row.cadenceDays,
    effectiveCadenceDays: row.effectiveCadenceDays,
    lastContactAt: row.lastContactAt?.toISOString() ?? null,
    status: row.status,
    endReason: row.endReason,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    snoozedUntil: row.liveSnoozedUntil,
    healthScore: row.healthScore,
    healthDrop30d: row.healthDrop30d,
  };
}

/** Rows of one page with their teams, in one query for the whole page. */
export async function presentRelationships(
  db: Db,
  workspaceId: string,
  rows: RelationshipRow[],
): Promise<RelationshipView[]> {
  const teams = await listTeams(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentRelationship(row, teams));
}

/** The detail: the resource and the checklist of its current stage. */
export async function presentDetail(db: Db, row: RelationshipRow): Promise<RelationshipView> {
  const [view] = await presentRelationships(db, row.workspaceId, [row]);
  if (!view) throw new Error('no view');
  return { ...view, checklist: await presentChecklist(db, row.workspaceId, row.id, row.stage) };
}

export async function presentChecklist(db: Db, workspaceId: string, relationshipId: string, stage: Stage) {
  const [rows, checks] = await Promise.all([
    listChecklistRows(db, workspaceId, [stage]),
    listChecks(db, workspaceId, relationshipId),
  ]);
  const byItem = new Map(checks.map((c) => [c.itemId, c]));
  return effectiveChecklist(stage, rows).map((item) => {
    const check = byItem.get(item.id);
    return {
      ...item,
      done: Boolean(check),
      doneAt: check?.doneAt.toISOString() ?? null,
      doneBy: check?.doneBy ? { id: check.doneBy, name: check.doneByName ?? '' } : null,
    };
  });
}

function valueOf(row: RelationshipRow): Card['value'] {
  if (row.canWeHelp === null || row.canTheyHelp === null || row.valueAssessedOn === null) return null;
  return { canWeHelp: row.canWeHelp, canTheyHelp: row.canTheyHelp, assessedOn: row.valueAssessedOn };
}
