import type { Db, Tx } from '../db/index.js';
import { newId } from '../core/index.js';

/*
 * Throttling failed sign-ins, as the OWASP Authentication and Credential Stuffing Prevention cheat
 * sheets and NIST SP 800-63B (rate limiting, 5.2.2) advise: slow guessing down without a lock-out
 * an attacker can aim at someone.
 *
 * - Per account and address pair: a few failures, then 429. This stops one attacker guessing one
 *   account at once, and touches no one else: the account's owner elsewhere, and the colleagues
 *   behind the same office NAT, have pairs of their own.
 * - Per address across all accounts: a ceiling far above what an office's typos produce, so an
 *   address spraying a common password over many accounts is still stopped.
 * - Per account across all addresses: nothing. A count there is a lock-out anyone who knows an
 *   email can trigger from anywhere (the old "10 failures lock the account out everywhere"), so
 *   the owner signing in from an address with no failures is never refused.
 *
 * Failures are rows in the database, so the limits hold across restarts and across instances.
 * Attempts refused with 429 are not recorded: the password is not even checked, so they teach the
 * attacker nothing, and hammering while refused cannot grow the table.
 */
export const WINDOW_MS = 15 * 60_000;
/** Failures of one email from one address within the window before that pair is refused. */
export const PAIR_MAX_FAILURES = 5;
/** Failures from one address, over all emails, within the window before the address is refused. */
export const ADDRESS_MAX_FAILURES = 100;
/** Rows past the window no longer count; they are kept a day for whoever looks into an attack. */
const KEEP_MS = 24 * 3600_000;

type Key = { emailNormalized: string; ip: string };

/** When the caller may try again, or null if they may now. */
export async function retryAfter(db: Db, key: Key, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - WINDOW_MS);
  // The limit-th most recent failure in the window: while it is younger than the window, the
  // limit is reached, and it is the one whose ageing out lets the next attempt through.
  const nth = (limit: number, emailNormalized: string | null) => {
    let query = db.selectFrom('signInFailure').select('at').where('ip', '=', key.ip).where('at', '>', since);
    if (emailNormalized !== null) query = query.where('emailNormalized', '=', emailNormalized);
    return query
      .orderBy('at', 'desc')
      .offset(limit - 1)
      .limit(1)
      .executeTakeFirst();
  };
  const blocking = [await nth(PAIR_MAX_FAILURES, key.emailNormalized), await nth(ADDRESS_MAX_FAILURES, null)]
    .filter((row) => row !== undefined)
    .map((row) => row.at.getTime() + WINDOW_MS);
  return blocking.length ? new Date(Math.max(...blocking)) : null;
}

export async function recordFailure(db: Db, key: Key) {
  await db
    .insertInto('signInFailure')
    .values({ id: newId(), ...key })
    .execute();
  // Pruning here keeps the table small without a separate job (sign_in_failure_at_idx).
  await db
    .deleteFrom('signInFailure')
    .where('at', '<', new Date(Date.now() - KEEP_MS))
    .execute();
}

/**
 * After a successful sign-in, forgets the failures of that pair only. Clearing the account's
 * failures from everywhere would hand an attacker at another address a fresh set of guesses each
 * time the owner signs in; clearing the address's failures would let a sprayer reset its ceiling
 * by signing in to an account of its own between rounds.
 */
export async function clearPairFailures(db: Db, key: Key) {
  await db
    .deleteFrom('signInFailure')
    .where('emailNormalized', '=', key.emailNormalized)
    .where('ip', '=', key.ip)
    .execute();
}

/**
 * After a password reset, forgets the account's failures from every address: they were guesses
 * at a password that no longer exists, and only the owner of the mailbox can cause this, so the
 * owner is not kept waiting at the address they mistyped from.
 */
export async function clearAccountFailures(trx: Tx, emailNormalized: string) {
  await trx.deleteFrom('signInFailure').where('emailNormalized', '=', emailNormalized).execute();
}
