import { sql } from 'kysely';

/**
 * The columns every change of a versioned row sets: the next version and the time. Repositories
 * spread it into `.set()` and match the version the client sent in `.where('version', '=', …)`;
 * a write that matched nothing was based on an old version (see core/versioned.ts).
 */
export function nextVersion(at = new Date()) {
  return { updatedAt: at, version: sql<number>`version + 1` };
}

/** Moving a row to the trash, or back out of it (`at` null), by a user. */
export function trashed(userId: string, at: Date | null) {
  return { deletedAt: at, updatedBy: userId, ...nextVersion() };
}
