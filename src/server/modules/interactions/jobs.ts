import type { Db } from '../../db/database.js';
import { settlePassedInteractions } from './contact-pending.js';
import { materializeDueSeries } from './materialize.js';

// Often enough that a meeting counts as the last contact soon after it happened.
const EVERY_MS = 15 * 60_000;

/**
 * Runs at start-up and then every quarter of an hour: creates upcoming occurrences of recurring
 * meetings and lets planned interactions whose time has come count as contact. Both are
 * idempotent and claim rows with SKIP LOCKED, so several app instances on one PostgreSQL may all
 * run them; the job runner of a later issue can take them over.
 */
export function scheduleInteractionJobs(db: Db, onError: (error: unknown) => void): () => void {
  const run = () =>
    void (async () => {
      await materializeDueSeries(db);
      await settlePassedInteractions(db);
    })().catch(onError);
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
