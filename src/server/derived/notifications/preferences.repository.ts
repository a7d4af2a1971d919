import { sql } from 'kysely';
import type { Db, NotificationKind, Tx } from '../../platform/db/index.js';
import { DEFAULT_CHOICES, isDefault, type Choice } from './kinds.js';

/** A member's stored departures from the defaults. */
export async function findStoredChoices(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom('notificationPreference')
    .select(['kind', 'byEmail', 'inApp'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .execute();
}

/** Stores a choice, or removes the stored one when it is the default (so a later default change reaches them). */
export async function saveChoice(
  trx: Tx,
  workspaceId: string,
  userId: string,
  kind: NotificationKind,
  choice: Choice,
  now: Date,
) {
  if (isDefault(kind, choice)) {
    await trx
      .deleteFrom('notificationPreference')
      .where('workspaceId', '=', workspaceId)
      .where('userId', '=', userId)
      .where('kind', '=', kind)
      .execute();
    return;
  }
  await trx
    .insertInto('notificationPreference')
    .values({ workspaceId, userId, kind, byEmail: choice.byEmail, inApp: choice.inApp, updatedAt: now })
    .onConflict((oc) =>
      oc
        .columns(['workspaceId', 'userId', 'kind'])
        .doUpdateSet({ byEmail: choice.byEmail, inApp: choice.inApp, updatedAt: now }),
    )
    .execute();
}

export type MemberRef = { workspaceId: string; userId: string };

/**
 * The effective choice of each recipient for one kind, in one query; people who are no longer
 * members of the workspace are left out (they get nothing).
 */
export async function choicesOf(
  db: Db,
  kind: NotificationKind,
  recipients: MemberRef[],
): Promise<(MemberRef & Choice)[]> {
  if (recipients.length === 0) return [];
  const defaults = DEFAULT_CHOICES[kind];
  const result = await sql<MemberRef & Choice>`
    select m.workspace_id, m.user_id,
      coalesce(p.by_email, ${defaults.byEmail}) as by_email, coalesce(p.in_app, ${defaults.inApp}) as in_app
    from (select distinct * from unnest(${recipients.map((r) => r.workspaceId)}::uuid[], ${recipients.map((r) => r.userId)}::uuid[])) as r (workspace_id, user_id)
    join membership m on m.workspace_id = r.workspace_id and m.user_id = r.user_id
    left join notification_preference p on p.workspace_id = m.workspace_id and p.user_id = m.user_id and p.kind = ${kind}`.execute(
    db,
  );
  return result.rows;
}
