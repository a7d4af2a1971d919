import type { Db, Stage } from '../../platform/db/index.js';
import { AppError, type FieldError } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { announce } from '../../platform/events/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { effectiveChecklist, planChecklistEdit } from './checklist.js';
import { refreshNextContactDue } from './relationships.repository.js';
import type { ChecklistSettingsInput, TierSettingsInput } from './relationships.schema.js';
import { listChecklistRows, listTierOverrides, saveChecklistRows, setTierOverride } from './settings.repository.js';
import { DEFAULT_CADENCE_DAYS, STAGES, TIERS } from './values.js';

export async function getSettings(db: Db, auth: Auth, workspaceId: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  return readSettings(db, workspaceId);
}

async function readSettings(db: Db, workspaceId: string) {
  const [overrides, rows] = await Promise.all([
    listTierOverrides(db, workspaceId),
    listChecklistRows(db, workspaceId, [...STAGES]),
  ]);
  return {
    tiers: TIERS.map((tier) => ({
      tier,
      cadenceDays: overrides[tier] ?? DEFAULT_CADENCE_DAYS[tier],
      defaultCadenceDays: DEFAULT_CADENCE_DAYS[tier],
    })),
    checklists: Object.fromEntries(STAGES.map((stage) => [stage, effectiveChecklist(stage, rows)])) as Record<
      Stage,
      ReturnType<typeof effectiveChecklist>
    >,
  };
}

/**
 * Sets the workspace's cadence of some tiers (null, or the default, removes the override) and moves
 * the next contact date and health score of every relationship of those tiers that has no cadence
 * of its own.
 */
export async function saveTierSettings(db: Db, auth: Auth, workspaceId: string, input: TierSettingsInput) {
  await requirePermission(db, auth, workspaceId, 'manage_settings');
  const errors: FieldError[] = [];
  input.tiers.forEach((t, i) => {
    if (input.tiers.findIndex((other) => other.tier === t.tier) !== i)
      errors.push({ path: `tiers.${i}.tier`, rule: 'duplicate', message: 'is listed twice' });
  });
  if (errors.length)
    throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  const before = await listTierOverrides(db, workspaceId);
  await db.transaction().execute(async (trx) => {
    for (const { tier, cadenceDays } of input.tiers) {
      const override = cadenceDays === DEFAULT_CADENCE_DAYS[tier] ? null : cadenceDays;
      await setTierOverride(trx, workspaceId, tier, override);
      // The cadence is an input of the score too: every relationship whose due date moved is rescored.
      const moved = await refreshNextContactDue(trx, workspaceId, { tierWithoutOverride: tier });
      await announce(trx, 'relationships.changed', { workspaceId, relationshipIds: moved });
    }
    const changes = Object.fromEntries(
      input.tiers.map(({ tier, cadenceDays }) => [
        `cadenceDays.${tier}`,
        { before: before[tier] ?? DEFAULT_CADENCE_DAYS[tier], after: cadenceDays ?? DEFAULT_CADENCE_DAYS[tier] },
      ]),
    );
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship_settings.tiers',
      entityType: 'workspace',
      entityId: workspaceId,
      changes,
    });
  });
  return readSettings(db, workspaceId);
}

/**
 * Replaces a stage's checklist with the items sent, in order. Items keep their ids (and so the
 * ticks made on them); items left out are marked removed rather than deleted, so the stage stays
 * "edited" even when emptied and an item sent back later finds its ticks again.
 */
export async function saveChecklistSettings(
  db: Db,
  auth: Auth,
  workspaceId: string,
  stage: Stage,
  input: ChecklistSettingsInput,
) {
  await requirePermission(db, auth, workspaceId, 'manage_settings');
  const rows = await listChecklistRows(db, workspaceId, [stage]);
  const before = effectiveChecklist(stage, rows);
  const plan = planChecklistEdit(stage, rows, input.items, new Date());
  if (plan.errors.length)
    throw new AppError('validation', plan.errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
      errors: plan.errors,
    });
  await db.transaction().execute(async (trx) => {
    await saveChecklistRows(trx, workspaceId, plan.rows);
    const after = effectiveChecklist(stage, plan.rows);
    const text = (items: typeof before) => items.map((i) => i.label ?? i.key);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship_settings.checklist',
      entityType: 'workspace',
      entityId: workspaceId,
      changes: { [`checklist.${stage}`]: { before: text(before), after: text(after) } },
    });
  });
  return readSettings(db, workspaceId);
}
