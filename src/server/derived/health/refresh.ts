import type { Db, Tx } from '../../platform/db/index.js';
import { addDays } from '../../platform/core/index.js';
import { computeHealth } from './compute.js';
import {
  gatherHealthInputs,
  listWorkspaceIds,
  nextLiveIds,
  purgeHistory,
  upsertHistory,
  writeScores,
} from './relationship-health.repository.js';

/** Relationships per statement (and, in the daily recomputation, per transaction). */
export const HEALTH_BATCH = 2000;
/** Trend rows are kept this long: the trend shows 90 days, and a year's view stays possible. */
const HISTORY_DAYS = 400;

const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Recomputes and stores the health score of these relationships inside the caller's transaction:
 * score, components and time; a trend row for today's UTC date when the score changed; and the
 * 30-day drop. Called by every change to an input (interactions, value assessments, tier, cadence,
 * status, owner, tier settings) and by the daily recomputation. Idempotent.
 */
export async function refreshHealth(
  trx: Tx,
  workspaceId: string,
  relationshipIds: string[],
  now = new Date(),
): Promise<{ refreshed: number; changed: number }> {
  const unique = [...new Set(relationshipIds)];
  let changed = 0;
  for (let i = 0; i < unique.length; i += HEALTH_BATCH) {
    const ids = unique.slice(i, i + HEALTH_BATCH);
    const scored = (await gatherHealthInputs(trx, workspaceId, ids, now)).map((inputs) => ({
      ...computeHealth(inputs, now),
      id: inputs.id,
      previousScore: inputs.previousScore,
    }));
    const moved = scored.filter((s) => s.score !== s.previousScore);
    // History first: the drop written with the scores reads today's trend row.
    await upsertHistory(trx, workspaceId, moved, utcDay(now));
    await writeScores(trx, workspaceId, scored, now, utcDay(now));
    changed += moved.length;
  }
  return { refreshed: unique.length, changed };
}

/**
 * The daily recomputation (recency and the 90-day window change with time alone): every live
 * relationship of every workspace, HEALTH_BATCH per transaction, then trend rows older than 400
 * days are deleted. Idempotent, so a second run on the same day (or a second instance) does no harm.
 */
export async function recomputeAllHealth(
  db: Db,
  now = new Date(),
): Promise<{ relationships: number; changed: number; purged: number }> {
  let relationships = 0;
  let changed = 0;
  for (const workspaceId of await listWorkspaceIds(db)) {
    let after: string | null = null;
    for (;;) {
      const ids = await nextLiveIds(db, workspaceId, after, HEALTH_BATCH);
      if (ids.length === 0) break;
      const result = await db.transaction().execute((trx) => refreshHealth(trx, workspaceId, ids, now));
      relationships += result.refreshed;
      changed += result.changed;
      after = ids[ids.length - 1] ?? null;
      if (ids.length < HEALTH_BATCH) break;
    }
  }
  const purged = await purgeHistory(db, addDays(utcDay(now), -HISTORY_DAYS));
  return { relationships, changed, purged };
}
