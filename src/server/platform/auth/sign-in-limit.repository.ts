import type { Db } from '../db/index.js';
import { newId } from '../core/index.js';

export const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES = 10;

/**
 * When the caller may try again, or null if they may now. Failures are kept in the database so
 * the limit holds across restarts and across several app instances.
 */
export async function retryAfter(
  db: Db,
  key: { emailNormalized: string; ip: string },
  now: Date,
): Promise<Date | null> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const tenth = async (column: 'emailNormalized' | 'ip', value: string) =>
    db
      .selectFrom('signInFailure')
      .select('at')
      .where(column, '=', value)
      .where('at', '>', since)
      .orderBy('at', 'desc')
      .offset(MAX_FAILURES - 1)
      .limit(1)
      .executeTakeFirst();
  const blocking = [await tenth('emailNormalized', key.emailNormalized), await tenth('ip', key.ip)]
    .filter((row) => row !== undefined)
    .map((row) => row.at.getTime() + WINDOW_MS);
  return blocking.length ? new Date(Math.max(...blocking)) : null;
}

export async function recordFailure(db: Db, key: { emailNormalized: string; ip: string }) {
  await db
    .insertInto('signInFailure')
    .values({ id: newId(), ...key })
    .execute();
  // Old rows serve no purpose; pruning here keeps the table small without a separate job.
  await db
    .deleteFrom('signInFailure')
    .where('at', '<', new Date(Date.now() - 24 * 3600_000))
    .execute();
}

export async function clearAccountFailures(db: Db, emailNormalized: string) {
  await db.deleteFrom('signInFailure').where('emailNormalized', '=', emailNormalized).execute();
}
