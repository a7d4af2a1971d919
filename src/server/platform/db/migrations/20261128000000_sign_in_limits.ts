import { sql, type Kysely } from 'kysely';

/**
 * Sign-in limits per account and address pair (platform/auth/sign-in-limit.repository.ts).
 *
 * The limit now counts failures of one email from one address, and of one address across all
 * emails; nothing counts an email across all addresses any more. The pair index serves the pair
 * count and clearing a pair after a successful sign-in, and its leading column still serves
 * clearing every failure of an account after a password reset, so the email-only index goes.
 * The index on `at` lets each recorded failure prune old rows without reading the whole table,
 * which matters most while someone is spraying failures at it.
 */
const UP = [
  'create index sign_in_failure_pair_idx on sign_in_failure (email_normalized, ip, at)',
  'drop index sign_in_failure_email_idx',
  'create index sign_in_failure_at_idx on sign_in_failure (at)',
];

const DOWN = [
  'drop index sign_in_failure_at_idx',
  'create index sign_in_failure_email_idx on sign_in_failure (email_normalized, at)',
  'drop index sign_in_failure_pair_idx',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
