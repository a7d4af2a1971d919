import type { Tx } from '../db/index.js';

export async function insertPasswordReset(trx: Tx, reset: { tokenHash: string; userId: string; expiresAt: Date }) {
  await trx.insertInto('passwordReset').values(reset).execute();
}

/** Marks the reset used and returns its user, only if it was unused and unexpired: a link works once. */
export async function consumePasswordReset(trx: Tx, tokenHash: string, now: Date) {
  return trx
    .updateTable('passwordReset')
    .set({ usedAt: now })
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning('userId')
    .executeTakeFirst();
}
