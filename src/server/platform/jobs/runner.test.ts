import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle, type Db } from '../db/index.js';
import { openTestDatabase } from '../../test/database.js';
import { enqueueJob, enqueueJobs, findJobsByKey } from './jobs.repository.js';
import { createJobRunner, type JobRunnerOptions } from './runner.js';
import { testClock } from '../../test/jobs.js';

let handle: Awaited<ReturnType<typeof openTestDatabase>>;
/** A second, independent connection pool to the same PostgreSQL database: a second app instance. */
let second: DatabaseHandle | undefined;

beforeAll(async () => {
  handle = await openTestDatabase();
  if (handle.url) second = await openDatabase({ databaseUrl: handle.url });
});

afterAll(async () => {
  await second?.close();
  await handle.close();
});

const silent = { error: () => undefined, warn: () => undefined };
const T0 = new Date('2030-03-10T09:00:00Z');
let prefix = 0;

/** Every test uses kinds of its own, so runners of one test never see another's jobs. */
function kinds() {
  prefix += 1;
  return { a: `k${prefix}_a`, b: `k${prefix}_b` };
}

function runner(options: Partial<JobRunnerOptions> & Pick<JobRunnerOptions, 'handlers'>, db: Db = handle.db) {
  return createJobRunner({ db, log: silent, instanceId: `test-${Math.random()}`, ...options });
}

describe('job runner', () => {
  it('runs a job once and marks it done; enqueueing a unique key twice queues it once', async () => {
    const { a } = kinds();
    const clock = testClock(T0);
    const seen: unknown[] = [];
    const jobs = runner({ clock: clock.now, handlers: { [a]: async ({ job }) => void seen.push(job.payload) } });
    await enqueueJob(handle.db, { kind: a, payload: { n: 1 }, uniqueKey: `${a}:one` });
    await enqueueJob(handle.db, { kind: a, payload: { n: 2 }, uniqueKey: `${a}:one` });
    expect(await jobs.runDue()).toBe(1);
    expect(await jobs.runDue()).toBe(0);
    expect(seen).toEqual([{ n: 1 }]);
    const [row] = await findJobsByKey(handle.db, [`${a}:one`]);
    expect(row).toMatchObject({ status: 'done', attempts: 1, lockedBy: null });
  });

  it('does not run a job before its time', async () => {
    const { a } = kinds();
    const clock = testClock(T0);
    let runs = 0;
    const jobs = runner({ clock: clock.now, handlers: { [a]: async () => void (runs += 1) } });
    await enqueueJob(handle.db, { kind: a, runAt: new Date(T0.getTime() + 3600_000), uniqueKey: `${a}:later` });
    expect(await jobs.runDue()).toBe(0);
    clock.advance(3600_000);
    expect(await jobs.runDue()).toBe(1);
    expect(runs).toBe(1);
  });

  it('retries a failing job with exponential back-off and ends it failed after max attempts', async () => {
    const { a } = kinds();
    const clock = testClock(T0);
    const attempts: number[] = [];
    const jobs = runner({
      clock: clock.now,
      handlers: {
        [a]: async ({ job, isLastAttempt }) => {
          attempts.push(job.attempts);
          throw new Error(isLastAttempt ? 'still down, giving up' : 'server down');
        },
      },
    });
    const key = `${a}:flaky`;
    await enqueueJob(handle.db, { kind: a, uniqueKey: key, maxAttempts: 4, runAt: T0 });
    expect(await jobs.runDue()).toBe(1);
    let [row] = await findJobsByKey(handle.db, [key]);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: 'server down', lockedBy: null });
    expect(row?.runAt.toISOString()).toBe('2030-03-10T09:01:00.000Z');
    // Back-off doubles: 1, 2, 4 minutes after the failed attempt.
    for (const waitMinutes of [1, 2, 4]) {
      clock.advance(waitMinutes * 60_000 - 1000);
      expect(await jobs.runDue()).toBe(0);
      clock.advance(1000);
      expect(await jobs.runDue()).toBe(1);
    }
    [row] = await findJobsByKey(handle.db, [key]);
    expect(row).toMatchObject({ status: 'failed', attempts: 4, lastError: 'still down, giving up' });
    expect(row?.finishedAt).not.toBeNull();
    clock.advance(24 * 3600_000);
    expect(await jobs.runDue()).toBe(0);
    expect(attempts).toEqual([1, 2, 3, 4]);
  });

  it('runs a job again once the lease of the instance that died while running it has run out', async () => {
    const { a } = kinds();
    const clock = testClock(T0);
    let runs = 0;
    const dying = runner({
      clock: clock.now,
      leaseMs: 5 * 60_000,
      handlers: { [a]: () => new Promise<void>(() => undefined) },
    });
    const key = `${a}:orphan`;
    await enqueueJob(handle.db, { kind: a, uniqueKey: key, runAt: T0 });
    // The first instance claims the job and never finishes it (its process is gone).
    void dying.runDue();
    await expect.poll(async () => (await findJobsByKey(handle.db, [key]))[0]?.status).toBe('running');
    const survivor = runner({ clock: clock.now, handlers: { [a]: async () => void (runs += 1) } });
    clock.advance(4 * 60_000);
    expect(await survivor.runDue()).toBe(0);
    clock.advance(60_000 + 1);
    expect(await survivor.runDue()).toBe(1);
    expect(runs).toBe(1);
    expect((await findJobsByKey(handle.db, [key]))[0]).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('fails a job whose runner died during its last attempt instead of running it once more', async () => {
    const { a } = kinds();
    const clock = testClock(T0);
    let runs = 0;
    const dying = runner({
      clock: clock.now,
      leaseMs: 60_000,
      handlers: { [a]: () => new Promise<void>(() => undefined) },
    });
    const key = `${a}:last`;
    await enqueueJob(handle.db, { kind: a, uniqueKey: key, runAt: T0, maxAttempts: 1 });
    void dying.runDue();
    await expect.poll(async () => (await findJobsByKey(handle.db, [key]))[0]?.status).toBe('running');
    clock.advance(2 * 60_000);
    const survivor = runner({ clock: clock.now, handlers: { [a]: async () => void (runs += 1) } });
    expect(await survivor.runDue()).toBe(1);
    expect(runs).toBe(0);
    expect((await findJobsByKey(handle.db, [key]))[0]).toMatchObject({ status: 'failed' });
  });

  it('commits a handler’s writes and its completion together (complete inside its transaction)', async () => {
    const { a } = kinds();
    const clock = testClock(T0);
    const key = `${a}:tx`;
    const jobs = runner({
      clock: clock.now,
      handlers: {
        [a]: async ({ complete }) => {
          await handle.db.transaction().execute(async (trx) => {
            await enqueueJob(trx, { kind: `${a}_child`, uniqueKey: `${a}:child` });
            await complete(trx);
          });
        },
      },
    });
    await enqueueJob(handle.db, { kind: a, uniqueKey: key, runAt: T0 });
    expect(await jobs.runDue()).toBe(1);
    const rows = await findJobsByKey(handle.db, [key, `${a}:child`]);
    expect(Object.fromEntries(rows.map((r) => [r.uniqueKey, r.status]))).toEqual({
      [key]: 'done',
      [`${a}:child`]: 'queued',
    });
  });

  it('runNow runs just the named jobs, once even when asked twice at the same time', async () => {
    const { a } = kinds();
    const runs: string[] = [];
    const jobs = runner({
      handlers: {
        [a]: async ({ job }) => {
          await yieldToLoop();
          runs.push(String(job.payload.name));
        },
      },
    });
    await enqueueJobs(handle.db, [
      { kind: a, uniqueKey: `${a}:x`, payload: { name: 'x' } },
      { kind: a, uniqueKey: `${a}:y`, payload: { name: 'y' } },
    ]);
    const counts = await Promise.all([jobs.runNow([`${a}:x`]), jobs.runNow([`${a}:x`])]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(runs).toEqual(['x']);
  });

  it('queues each periodic slot once however often and from however many runners the tick runs', async () => {
    const { a } = kinds();
    const clock = testClock(new Date('2030-03-10T14:05:00Z'));
    let runs = 0;
    const options = {
      clock: clock.now,
      handlers: { [a]: async () => void (runs += 1) },
      periodic: [{ kind: a, everyMinutes: 60 }],
    };
    const one = runner(options);
    const two = runner(options, second?.db ?? handle.db);
    await Promise.all([one.tick(), two.tick(), one.tick()]);
    expect(runs).toBe(1);
    expect((await findJobsByKey(handle.db, [`${a}:2030-03-10T14`]))[0]).toMatchObject({ status: 'done' });
    clock.advance(60 * 60_000);
    await two.tick();
    expect(runs).toBe(2);
  });

  it('deletes done and failed jobs 30 days after they finished, and nothing else', async () => {
    const { a } = kinds();
    const clock = testClock(new Date('2031-06-01T10:00:00Z'));
    const finishedAt = (days: number) => new Date(clock.now().getTime() - days * 86_400_000);
    await enqueueJobs(handle.db, [
      { kind: a, uniqueKey: `${a}:old-done` },
      { kind: a, uniqueKey: `${a}:old-failed` },
      { kind: a, uniqueKey: `${a}:recent` },
      { kind: a, uniqueKey: `${a}:waiting`, runAt: new Date('2032-01-01T00:00:00Z') },
    ]);
    const finish = async (key: string, status: 'done' | 'failed', days: number) =>
      handle.db
        .updateTable('job')
        .set({ status, finishedAt: finishedAt(days) })
        .where('uniqueKey', '=', key)
        .execute();
    await finish(`${a}:old-done`, 'done', 31);
    await finish(`${a}:old-failed`, 'failed', 45);
    await finish(`${a}:recent`, 'done', 29);
    await runner({ clock: clock.now, handlers: { [a]: async () => undefined } }).tick();
    const left = await findJobsByKey(handle.db, [`${a}:old-done`, `${a}:old-failed`, `${a}:recent`, `${a}:waiting`]);
    expect(left.map((j) => j.uniqueKey).sort()).toEqual([`${a}:recent`, `${a}:waiting`]);
  });

  it('once started, polls by itself; wake() runs a job queued later without waiting for the interval', async () => {
    const { a } = kinds();
    const ran: string[] = [];
    const jobs = runner({
      pollMs: 3600_000,
      handlers: { [a]: async ({ job }) => void ran.push(String(job.uniqueKey)) },
    });
    await enqueueJob(handle.db, { kind: a, uniqueKey: `${a}:first` });
    jobs.start();
    try {
      await expect.poll(() => ran).toEqual([`${a}:first`]);
      await enqueueJob(handle.db, { kind: a, uniqueKey: `${a}:second` });
      jobs.wake();
      await expect.poll(() => ran).toEqual([`${a}:first`, `${a}:second`]);
    } finally {
      await jobs.stop();
    }
  });

  it('keeps taking other jobs while a long one runs', async () => {
    const { a, b } = kinds();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const ran: string[] = [];
    const jobs = runner({ pollMs: 3600_000, handlers: { [a]: () => gate, [b]: async () => void ran.push('short') } });
    await enqueueJob(handle.db, { kind: a, uniqueKey: `${a}:long` });
    jobs.start();
    try {
      await expect.poll(async () => (await findJobsByKey(handle.db, [`${a}:long`]))[0]?.status).toBe('running');
      await enqueueJob(handle.db, { kind: b, uniqueKey: `${b}:short` });
      jobs.wake();
      await expect.poll(() => ran).toEqual(['short']);
    } finally {
      release();
      await jobs.stop();
    }
    expect((await findJobsByKey(handle.db, [`${a}:long`]))[0]?.status).toBe('done');
  });

  it('stop() waits for the handlers that are running', async () => {
    const { a } = kinds();
    let finished = false;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const jobs = runner({
      handlers: {
        [a]: async () => {
          await gate;
          finished = true;
        },
      },
    });
    await enqueueJob(handle.db, { kind: a, uniqueKey: `${a}:slow` });
    const run = jobs.runDue();
    await expect.poll(async () => (await findJobsByKey(handle.db, [`${a}:slow`]))[0]?.status).toBe('running');
    const stopped = jobs.stop();
    release();
    await stopped;
    expect(finished).toBe(true);
    await run;
    expect((await findJobsByKey(handle.db, [`${a}:slow`]))[0]?.status).toBe('done');
  });

  it('two runners (on PostgreSQL each with its own connection pool) run 200 jobs side by side, each exactly once', async () => {
    const { a } = kinds();
    const runs = new Map<number, number>();
    const byRunner = [0, 0];
    const handler =
      (who: 0 | 1) =>
      async ({ job }: { job: { payload: Record<string, unknown> } }) => {
        const n = Number(job.payload.n);
        runs.set(n, (runs.get(n) ?? 0) + 1);
        byRunner[who] = (byRunner[who] ?? 0) + 1;
        // Let the other runner claim while this one is busy.
        await yieldToLoop();
      };
    const one = runner({ handlers: { [a]: handler(0) }, batchSize: 7 });
    const two = runner({ handlers: { [a]: handler(1) }, batchSize: 7 }, second?.db ?? handle.db);
    await enqueueJobs(
      handle.db,
      Array.from({ length: 200 }, (_, n) => ({ kind: a, payload: { n } })),
    );
    const [ranOne, ranTwo] = await Promise.all([one.runDue(), two.runDue()]);
    expect(ranOne + ranTwo).toBe(200);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(byRunner.every((count) => count > 0)).toBe(true);
  });
});
