import type { AppUser, Db, FieldChanges, Locale, Tx } from '../db/index.js';
import type { Auth } from '../http/index.js';
import type { ColorScheme } from '../../../shared/values/appearance.js';
import { diffFields, insertAudit } from '../audit/index.js';
import { listUserWorkspaceIds, listUserWorkspaces } from '../access/index.js';
import { announce } from '../events/index.js';
import { updateUser } from './users.repository.js';

export function presentUser(user: AppUser) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    timeZone: user.timeZone,
    colorScheme: user.colorScheme,
  };
}

/** The body of /me, sign-in, setup and accept: who you are, where you belong, and your CSRF token. */
export async function sessionView(
  db: Db,
  user: AppUser,
  session: { csrfToken: string; currentWorkspaceId: string | null },
) {
  const workspaces = await listUserWorkspaces(db, user.id);
  const current = workspaces.some((w) => w.id === session.currentWorkspaceId)
    ? session.currentWorkspaceId
    : (workspaces[0]?.id ?? null);
  return { user: presentUser(user), workspaces, currentWorkspaceId: current, csrfToken: session.csrfToken };
}

/**
 * A user's own changes are recorded in the audit log of every workspace they belong to,
 * since each workspace's admins see that member.
 */
export async function auditUserChange(trx: Tx, userId: string, action: string, changes: FieldChanges) {
  for (const workspaceId of await listUserWorkspaceIds(trx, userId)) {
    await insertAudit(trx, { workspaceId, actorId: userId, action, entityType: 'user', entityId: userId, changes });
  }
}

export async function updateProfile(
  db: Db,
  auth: Auth,
  input: {
    name?: string | undefined;
    locale?: Locale | undefined;
    timeZone?: string | undefined;
    colorScheme?: ColorScheme | undefined;
  },
) {
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return db.transaction().execute(async (trx) => {
    const updated = await updateUser(trx, auth.user.id, changes);
    // The colour scheme is how the app looks to this user alone: not news for a workspace's audit log.
    const diff = diffFields(auth.user, updated, ['name', 'locale', 'timeZone']);
    if (Object.keys(diff).length) await auditUserChange(trx, auth.user.id, 'user.update', diff);
    if (diff.timeZone) {
      const workspaceIds = await listUserWorkspaceIds(trx, auth.user.id);
      await announce(trx, 'user.timeZoneChanged', { userId: auth.user.id, workspaceIds });
    }
    return presentUser(updated);
  });
}
