import type { Db, NotificationKind } from '../../platform/db/index.js';
import { fieldError } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { DEFAULT_CHOICES, NOTIFICATION_KINDS, type Choice } from './kinds.js';
import { findStoredChoices, saveChoice } from './preferences.repository.js';

export type ReminderChoice = { kind: NotificationKind } & Choice;

/** Every kind with the caller's choice in this workspace: stored, else the default. */
export async function getReminderChoices(
  db: Db,
  auth: Auth,
  workspaceId: string,
): Promise<{ items: ReminderChoice[] }> {
  await requirePermission(db, auth, workspaceId, 'read');
  const stored = new Map((await findStoredChoices(db, workspaceId, auth.user.id)).map((row) => [row.kind, row]));
  return {
    items: NOTIFICATION_KINDS.map((kind) => {
      const choice = stored.get(kind) ?? DEFAULT_CHOICES[kind];
      return { kind, byEmail: choice.byEmail, inApp: choice.inApp };
    }),
  };
}

/** Sets the caller's choices for the kinds given (others stay as they are); any member, viewers too. */
export async function setReminderChoices(
  db: Db,
  auth: Auth,
  workspaceId: string,
  items: ReminderChoice[],
  now = new Date(),
) {
  await requirePermission(db, auth, workspaceId, 'read');
  const seen = new Set<NotificationKind>();
  items.forEach((item, i) => {
    if (seen.has(item.kind)) throw fieldError(`items.${i}.kind`, 'duplicate', 'is listed twice');
    seen.add(item.kind);
  });
  await db.transaction().execute(async (trx) => {
    for (const item of items) await saveChoice(trx, workspaceId, auth.user.id, item.kind, item, now);
  });
  return getReminderChoices(db, auth, workspaceId);
}
