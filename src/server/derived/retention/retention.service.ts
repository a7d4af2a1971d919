import type { Db } from '../../platform/db/index.js';
import { addDays, fieldError, notFound, todayIn } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { countInteractions, findProspectShareMin, setProspectShareMin } from './retention.repository.js';
import type { RetentionQuery, RetentionSettingsInput } from './retention.schema.js';

const DEFAULT_PERIOD_DAYS = 30;
const MAX_PERIOD_DAYS = 3660;

async function threshold(db: Db, workspaceId: string): Promise<number> {
  const value = await findProspectShareMin(db, workspaceId);
  if (value === undefined) throw notFound('Workspace');
  return value;
}

/**
 * Retention balance (DOMAIN 002): how the team's interactions of a period split between existing
 * relationships and new prospects, and whether prospect work fell under the workspace's threshold.
 * The period is days in the caller's calendar, by default the 30 up to today.
 */
export async function getRetention(db: Db, auth: Auth, workspaceId: string, query: RetentionQuery) {
  await requirePermission(db, auth, workspaceId, 'read');
  const to = query.to ?? todayIn(auth.user.timeZone);
  const from = query.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS);
  if (from > to) throw fieldError('from', 'invalid_value', 'must not be after to');
  if (addDays(from, MAX_PERIOD_DAYS) < to)
    throw fieldError('to', 'too_big', `the period is at most ${MAX_PERIOD_DAYS} days`, { maximum: MAX_PERIOD_DAYS });
  const [counts, min] = await Promise.all([
    countInteractions(db, workspaceId, { from, to, timeZone: auth.user.timeZone }, new Date()),
    threshold(db, workspaceId),
  ]);
  const prospects = counts.total - counts.existing;
  const prospectShare = counts.total === 0 ? null : Math.round((prospects / counts.total) * 1000) / 10;
  return {
    from,
    to,
    total: counts.total,
    existing: counts.existing,
    prospects,
    prospectShare,
    threshold: min,
    belowThreshold: prospectShare !== null && prospectShare < min,
  };
}

export async function getRetentionSettings(db: Db, auth: Auth, workspaceId: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  return { prospectShareMin: await threshold(db, workspaceId) };
}

export async function saveRetentionSettings(db: Db, auth: Auth, workspaceId: string, input: RetentionSettingsInput) {
  await requirePermission(db, auth, workspaceId, 'manage_settings');
  const before = await threshold(db, workspaceId);
  await db.transaction().execute(async (trx) => {
    await setProspectShareMin(trx, workspaceId, input.prospectShareMin);
    const changes = { prospectShareMin: { before, after: input.prospectShareMin } };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'workspace.retention_settings',
      entityType: 'workspace',
      entityId: workspaceId,
      changes,
    });
  });
  return { prospectShareMin: input.prospectShareMin };
}
