import { sql } from 'kysely';
import type { Db, JobStatus, Tx } from '../db/index.js';
import { newId } from '../core/index.js';

export type NewJob = {
  kind: string;
  payload?: Record<string, unknown>;
  /** Absent: the database's now(), so a job queued in a request is due at once. */
  runAt?: Date;
  /** Jobs with the same key are queued once, ever (until the cleanup removes the finished one). */
  uniqueKey?: string;
  maxAttempts?: number;
};

/** A job as its runner holds it: `attempts` already counts the run that is starting. */
export type ClaimedJob = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  uniqueKey: string | null;
  attempts: number;
  maxAttempts: number;
};

/**
 * Queues jobs inside the caller's transaction, so a job exists exactly when the change that
 * asked for it committed. A job whose unique key is taken is skipped (ON CONFLICT DO NOTHING):
 * enqueueing the same periodic slot from several instances queues it once.
 */
export async function enqueueJobs(trx: Db, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await trx
    .insertInto('job')
    .values(
      jobs.map((job) => ({
        id: newId(),
        kind: job.kind,
        payload: JSON.stringify(job.payload ?? {}),
        uniqueKey: job.uniqueKey ?? null,
        ...(job.runAt ? { runAt: job.runAt } : {}),
        ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}),
      })),
    )
    .onConflict((oc) => oc.column('uniqueKey').doNothing())
    .execute();
}

/** Queues one job (see enqueueJobs). */
export async function enqueueJob(trx: Db, job: NewJob): Promise<void> {
  await enqueueJobs(trx, [job]);
}

export type ClaimFilter = {
  kinds: string[];
  now: Date;
  limit: number;
  /** Only these jobs, and whenever they are due: the first attempt of a message a request just queued. */
  uniqueKeys?: string[];
};

/**
 * Locks due jobs for one runner: queued ones whose time has come, and running ones whose lease
 * ran out (their instance died). SKIP LOCKED lets several runners claim side by side without
 * waiting for, or taking, each other's rows. Call inside a short transaction.
 */
export async function selectClaimable(trx: Tx, filter: ClaimFilter): Promise<{ id: string; kind: string }[]> {
  if (filter.kinds.length === 0 || filter.uniqueKeys?.length === 0) return [];
  let query = trx.selectFrom('job').select(['id', 'kind']).where('kind', 'in', filter.kinds);
  if (filter.uniqueKeys) {
    query = query.where('uniqueKey', 'in', filter.uniqueKeys).where('status', '=', 'queued');
  } else {
    const { now } = filter;
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('runAt', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', now)]),
      ]),
    );
  }
  return query.orderBy('runAt').limit(filter.limit).forUpdate().skipLocked().execute();
}

/** Marks locked jobs as running for `instanceId` until `lockedUntil`, counting the attempt. */
export async function leaseJobs(trx: Tx, ids: string[], instanceId: string, lockedUntil: Date): Promise<ClaimedJob[]> {
  if (ids.length === 0) return [];
  return trx
    .updateTable('job')
    .set((eb) => ({ status: 'running', lockedBy: instanceId, lockedUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', ids)
    .returning(['id', 'kind', 'payload', 'uniqueKey', 'attempts', 'maxAttempts'])
    .execute();
}

type Finish =
  | { status: Extract<JobStatus, 'done' | 'failed'>; now: Date; error?: string }
  | { status: 'queued'; runAt: Date; error: string };

/**
 * Ends a run: done, failed, or queued again for later. Only the runner that still holds the job
 * may: if its lease ran out and another runner took the job over, this changes nothing (false).
 */
export async function finishJob(db: Db, id: string, instanceId: string, finish: Finish): Promise<boolean> {
  const values =
    finish.status === 'queued'
      ? { status: finish.status, runAt: finish.runAt, lastError: finish.error }
      : {
          status: finish.status,
          finishedAt: finish.now,
          ...(finish.error !== undefined ? { lastError: finish.error } : {}),
        };
  const result = await db
    .updateTable('job')
    .set({ ...values, lockedBy: null, lockedUntil: null })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('lockedBy', '=', instanceId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Queues a failed job again with a fresh set of attempts (or queues it anew when the cleanup has
 * removed it already). Returns false when the job exists and is not failed (queued, running or done).
 */
export async function requeueFailedJob(
  trx: Tx,
  job: Required<Pick<NewJob, 'kind' | 'uniqueKey'>> & { payload: Record<string, unknown>; runAt: Date },
): Promise<boolean> {
  const result = await trx
    .insertInto('job')
    .values({
      id: newId(),
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      uniqueKey: job.uniqueKey,
      runAt: job.runAt,
    })
    .onConflict((oc) =>
      oc
        .column('uniqueKey')
        .doUpdateSet({
          status: 'queued',
          attempts: 0,
          runAt: job.runAt,
          lastError: null,
          finishedAt: null,
          lockedBy: null,
          lockedUntil: null,
        })
        .where('job.status', '=', 'failed'),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Removes finished jobs older than the cutoff (done and failed ones are kept a while for inspection). */
export async function deleteFinishedJobs(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('job')
    .where('status', 'in', ['done', 'failed'])
    .where('finishedAt', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Jobs by unique key, for tests and the outbox: what happened to each. */
export async function findJobsByKey(db: Db, uniqueKeys: string[]) {
  if (uniqueKeys.length === 0) return [];
  return db
    .selectFrom('job')
    .select([
      'id',
      'kind',
      'uniqueKey',
      'status',
      'attempts',
      'maxAttempts',
      'runAt',
      'lastError',
      'lockedBy',
      'finishedAt',
    ])
    .where('uniqueKey', 'in', uniqueKeys)
    .execute();
}

/** How many jobs of a kind wait or run; a health figure and a test aid. */
export async function countJobs(db: Db, kind: string, status?: JobStatus): Promise<number> {
  let query = db
    .selectFrom('job')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('kind', '=', kind);
  if (status) query = query.where('status', '=', status);
  const row = await query.executeTakeFirstOrThrow();
  return row.n;
}
