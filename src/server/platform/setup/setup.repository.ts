import { sql } from 'kysely';
import type { Tx } from '../db/index.js';

/** Takes the setup lock for the rest of the transaction: a second setup waits here until the first ends. */
export async function lockSetup(trx: Tx): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('rapport.setup'))`.execute(trx);
}
