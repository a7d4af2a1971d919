import type { Db } from '../db/index.js';
import { AppError, newId } from '../core/index.js';
import { hashPassword } from '../auth/index.js';
import { normalizeEmail } from '../http/index.js';
import { countUsers, insertUser } from '../users/index.js';
import { createWorkspaceWithOwner } from '../workspaces/index.js';
import { lockSetup } from './setup.repository.js';

export type SetupInput = {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
  locale?: 'en' | 'vi' | 'ru' | 'fa' | undefined;
};

export async function isSetupNeeded(db: Db): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

/** Creates the first workspace and its owner; refuses once any user exists, even when two setups race. */
export async function runSetup(db: Db, input: SetupInput) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    // Serialises concurrent setups: the second waits here, then sees the first user and stops.
    await lockSetup(trx);
    if ((await countUsers(trx)) > 0) throw new AppError('setup_done', 'Rapport is already set up; sign in instead');
    const user = await insertUser(trx, {
      id: newId(),
      email: input.email.trim(),
      emailNormalized: normalizeEmail(input.email),
      name: input.name,
      passwordHash,
      locale: input.locale ?? 'en',
    });
    const workspace = await createWorkspaceWithOwner(trx, user.id, input.workspaceName);
    return { user, workspace };
  });
}
