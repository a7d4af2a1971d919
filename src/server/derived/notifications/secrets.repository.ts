import crypto from 'node:crypto';
import type { Db } from '../../platform/db/index.js';

/**
 * A secret the server makes for itself on first use and keeps in the database, so a zero-setup
 * install needs no configuration and every instance on one PostgreSQL signs with the same key.
 * When two instances make it at once, the first insert wins and both read that one.
 */
export async function serverSecret(db: Db, name: string): Promise<Buffer> {
  await db
    .insertInto('serverSecret')
    .values({ name, value: crypto.randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('serverSecret').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64url');
}
