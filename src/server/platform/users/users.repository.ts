import { type Db, type Locale, nextVersion } from '../db/index.js';
import type { ColorScheme } from '../../../shared/values/appearance.js';

export async function findUserByEmail(db: Db, emailNormalized: string) {
  return db.selectFrom('appUser').selectAll().where('emailNormalized', '=', emailNormalized).executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  trx: Db,
  user: { id: string; email: string; emailNormalized: string; name: string; passwordHash: string; locale: Locale },
) {
  return trx.insertInto('appUser').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function updateUser(
  trx: Db,
  id: string,
  changes: { name?: string; locale?: Locale; timeZone?: string; colorScheme?: ColorScheme; passwordHash?: string },
) {
  return trx
    .updateTable('appUser')
    .set({ ...changes, ...nextVersion() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('appUser')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
