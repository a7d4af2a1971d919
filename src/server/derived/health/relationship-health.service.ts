import type { Db, HealthComponent } from '../../platform/db/index.js';
import { addDays, notFound } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { computeHealth } from './compute.js';
import { findStoredHealth, gatherHealthInputs, listTrend } from './relationship-health.repository.js';
import type { HealthView } from './relationship-health.schema.js';

const TREND_DAYS = 90;

/**
 * A relationship's score with each component's contribution and the last 90 days' trend. A
 * relationship not scored yet (before the first daily run) is scored for the answer without
 * storing it, so a read never writes.
 */
export async function getHealth(db: Db, auth: Auth, workspaceId: string, id: string): Promise<HealthView> {
  await requirePermission(db, auth, workspaceId, 'read');
  const stored = await findStoredHealth(db, workspaceId, id);
  if (!stored) throw notFound('Relationship');
  const now = new Date();
  let score = stored.healthScore;
  let components: HealthComponent[] | null = stored.healthComponents;
  if (score === null || components === null) {
    const [inputs] = await gatherHealthInputs(db, workspaceId, [id], now);
    if (!inputs) throw notFound('Relationship');
    ({ score, components } = computeHealth(inputs, now));
  }
  const trend = await listTrend(db, workspaceId, id, addDays(now.toISOString().slice(0, 10), 1 - TREND_DAYS));
  return {
    score,
    computedAt: stored.healthComputedAt?.toISOString() ?? null,
    drop30d: stored.healthDrop30d ?? 0,
    components: components.map((c) => ({ ...c, contribution: c.points - c.weight })),
    trend,
  };
}
