import type { FastifyBaseLogger } from 'fastify';
import type { Db, Tx } from '../db/index.js';
import {
  deleteFinishedJobs,
  enqueueJobs,
  finishJob,
  leaseJobs,
  selectClaimable,
  type ClaimedJob,
  type ClaimFilter,
} from './jobs.repository.js';
import { createPoller } from './poller.js';
import { backoffMs, slotKey, type PeriodicJob } from './schedule.js';

const DAY = 86_400_000;
/** Done and failed jobs are kept this long, for inspection; their unique keys block re-queueing until then. */
export const KEEP_FINISHED_DAYS = 30;

export type JobContext = {
  job: ClaimedJob;
  /** The runner's clock when the run started. */
  now: Date;
  /** A failure now ends the job as failed instead of queueing it again. */
  isLastAttempt: boolean;
  /**
   * Marks the job done inside the handler's own transaction, so its writes and its completion
   * commit together and a crash between them cannot run it twice. Throws when the lease was lost
   * (another runner took the job over), which rolls that transaction back.
   */
  complete: (trx: Tx) => Promise<void>;
};
export type JobHandler = (ctx: JobContext) => Promise<void>;
/** A handler, or one with its own lease: how long a run may take before another runner may take the job over. */
export type JobKind = JobHandler | { run: JobHandler; leaseMs?: number };
export type Scheduler = (db: Db, now: Date) => Promise<void>;

export type JobRunnerOptions = {
  db: Db;
  log: Pick<FastifyBaseLogger, 'error' | 'warn'>;
  handlers: Record<string, JobKind>;
  /** Names this runner in `job.locked_by`; unique per process. */
  instanceId: string;
  pollMs?: number;
  /** Injectable for tests: every due time, lease and back-off is measured on it. */
  clock?: () => Date;
  /** How many jobs this runner runs at once (and claims in one query at most). */
  batchSize?: number;
  leaseMs?: number;
  periodic?: PeriodicJob[];
  /** Queue work whose timing depends on data (a digest at 08:00 in each member's zone); run on each scheduling tick. */
  schedulers?: Scheduler[];
  /** How often the polling loop runs the schedulers and enqueues periodic jobs. */
  scheduleEveryMs?: number;
};

export type JobRunner = {
  /** Polls in the background: the first tick at once, then every pollMs (or sooner after wake()). */
  start: () => void;
  /** Stops polling and waits for the handlers that are running. */
  stop: () => Promise<void>;
  /** Runs a poll now instead of at the next interval. */
  wake: () => void;
  /** Enqueues periodic jobs and runs the schedulers, then runs what is due. */
  tick: () => Promise<void>;
  /** Claims and runs due jobs until none is left; returns how many ran. */
  runDue: () => Promise<number>;
  /** Claims and runs the queued jobs with these keys now, through the same claim (so never twice). */
  runNow: (uniqueKeys: string[]) => Promise<number>;
};

class LeaseLostError extends Error {
  constructor() {
    super('the job was taken over by another runner after its lease ran out');
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/** A job runner over the `job` table (see jobs.repository.ts for how claiming stays exclusive). */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, log, instanceId } = options;
  const clock = options.clock ?? (() => new Date());
  const pollMs = options.pollMs ?? 10_000;
  const batchSize = options.batchSize ?? 5;
  const scheduleEveryMs = options.scheduleEveryMs ?? 60_000;
  const periodic: PeriodicJob[] = [...(options.periodic ?? []), { kind: 'job_cleanup', everyMinutes: 1440 }];
  const handlers = new Map<string, { run: JobHandler; leaseMs: number }>();
  const kinds: Record<string, JobKind> = { ...options.handlers, job_cleanup: cleanup };
  const defaultLease = options.leaseMs ?? 10 * 60_000;
  for (const [kind, handler] of Object.entries(kinds)) {
    handlers.set(
      kind,
      typeof handler === 'function'
        ? { run: handler, leaseMs: defaultLease }
        : { run: handler.run, leaseMs: handler.leaseMs ?? defaultLease },
    );
  }
  for (const p of periodic) if (!handlers.has(p.kind)) throw new Error(`periodic job ${p.kind} has no handler`);

  const running = new Set<Promise<void>>();
  let stopped = false;
  let lastScheduled = Number.NEGATIVE_INFINITY;

  async function cleanup(ctx: JobContext) {
    await deleteFinishedJobs(db, new Date(ctx.now.getTime() - KEEP_FINISHED_DAYS * DAY));
  }

  async function claim(filter: Pick<ClaimFilter, 'limit' | 'uniqueKeys'>): Promise<ClaimedJob[]> {
    const now = clock();
    // One short transaction: select with SKIP LOCKED, then lease. No handler runs while it is open,
    // which on PGlite (one connection) would block every other query.
    return db.transaction().execute(async (trx) => {
      const rows = await selectClaimable(trx, { ...filter, kinds: [...handlers.keys()], now });
      const byLease = new Map<number, string[]>();
      for (const row of rows) {
        const lease = handlers.get(row.kind)?.leaseMs ?? 0;
        byLease.set(lease, [...(byLease.get(lease) ?? []), row.id]);
      }
      const claimed: ClaimedJob[] = [];
      for (const [lease, ids] of byLease)
        claimed.push(...(await leaseJobs(trx, ids, instanceId, new Date(now.getTime() + lease))));
      return claimed;
    });
  }

  async function runOne(job: ClaimedJob): Promise<void> {
    const handler = handlers.get(job.kind);
    try {
      // Its runner died during the last attempt: nothing left to try.
      if (!handler || job.attempts > job.maxAttempts) {
        await finishJob(db, job.id, instanceId, {
          status: 'failed',
          now: clock(),
          error: 'no attempts left: the lease of the last one ran out',
        });
        return;
      }
      let completed = false;
      const complete = async (trx: Tx) => {
        if (!(await finishJob(trx, job.id, instanceId, { status: 'done', now: clock() }))) throw new LeaseLostError();
        completed = true;
      };
      try {
        await handler.run({ job, now: clock(), isLastAttempt: job.attempts >= job.maxAttempts, complete });
      } catch (error) {
        await failed(job, error);
        return;
      }
      if (!completed && !(await finishJob(db, job.id, instanceId, { status: 'done', now: clock() }))) {
        log.warn(
          { job: job.id, kind: job.kind },
          'job finished after its lease ran out; another runner may have run it again',
        );
      }
    } catch (error) {
      // The database itself failed: the lease runs out and another tick takes the job again.
      log.error({ err: error, job: job.id, kind: job.kind }, 'could not record the end of a job');
    }
  }

  async function failed(job: ClaimedJob, error: unknown) {
    const message = errorText(error);
    const final = job.attempts >= job.maxAttempts;
    log.warn({ job: job.id, kind: job.kind, attempt: job.attempts, final, err: message }, 'job failed');
    if (error instanceof LeaseLostError) return;
    const finish = final
      ? { status: 'failed' as const, now: clock(), error: message }
      : { status: 'queued' as const, runAt: new Date(clock().getTime() + backoffMs(job.attempts)), error: message };
    await finishJob(db, job.id, instanceId, finish);
  }

  /** Runs a claimed job in the background, tracked for stop(); a finished one makes room, so the poller looks again. */
  function launch(job: ClaimedJob): Promise<void> {
    const run: Promise<void> = runOne(job).finally(() => {
      running.delete(run);
      poller.wake();
    });
    running.add(run);
    return run;
  }

  async function runDue(): Promise<number> {
    let total = 0;
    while (!stopped) {
      const jobs = await claim({ limit: batchSize });
      if (jobs.length === 0) break;
      await Promise.all(jobs.map(launch));
      total += jobs.length;
    }
    return total;
  }

  /**
   * The poller's share: claims as many due jobs as there is room for and leaves them running, so
   * a long job (the daily health recomputation) never holds up email queued meanwhile.
   */
  async function fill(): Promise<void> {
    while (!stopped) {
      const room = batchSize - running.size;
      if (room <= 0) return;
      const jobs = await claim({ limit: room });
      jobs.forEach((job) => void launch(job));
      if (jobs.length < room) return;
    }
  }

  async function runNow(uniqueKeys: string[]): Promise<number> {
    if (uniqueKeys.length === 0 || stopped) return 0;
    const jobs = await claim({ limit: uniqueKeys.length, uniqueKeys });
    await Promise.all(jobs.map(launch));
    return jobs.length;
  }

  async function schedule(now: Date) {
    await enqueueJobs(
      db,
      periodic.map((p) => ({
        kind: p.kind,
        uniqueKey: slotKey(p.kind, p.everyMinutes, now),
        runAt: now,
        ...(p.maxAttempts ? { maxAttempts: p.maxAttempts } : {}),
      })),
    );
    for (const scheduler of options.schedulers ?? []) {
      // One broken scheduler must not hold up the others, nor the jobs already due.
      await scheduler(db, now).catch((error: unknown) => log.error({ err: error }, 'job scheduler failed'));
    }
  }

  async function tick() {
    await schedule(clock());
    await runDue();
  }

  // The loop schedules at most every scheduleEveryMs; tick() called directly (tests) always schedules.
  const poller = createPoller(async () => {
    try {
      const now = clock();
      if (now.getTime() - lastScheduled >= scheduleEveryMs) {
        lastScheduled = now.getTime();
        await schedule(now);
      }
      await fill();
    } catch (error) {
      log.error({ err: error }, 'job runner poll failed');
    }
  }, pollMs);

  return {
    start: poller.start,
    stop: async () => {
      stopped = true;
      await poller.stop();
      await Promise.allSettled([...running]);
    },
    wake: poller.wake,
    tick,
    runDue,
    runNow,
  };
}
