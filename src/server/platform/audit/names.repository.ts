import { sql } from 'kysely';
import type { Db } from '../db/index.js';

/**
 * The display names of the records an audit page mentions, from every table an entry can point
 * at. Trashed rows still answer (the log shows the last known name); purged ones are simply absent.
 * Users have no workspace column: only those who belong to the workspace, or once acted or were
 * acted on in it (a removed member keeps their name), are named.
 */
export async function findNames(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const inWorkspace = { workspaceId, ids };
  const rows = await db
    .selectFrom('appUser')
    .select([sql<string>`id::text`.as('id'), 'name'])
    .where('id', 'in', ids)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('membership')
            .select('userId')
            .where('workspaceId', '=', workspaceId)
            .whereRef('userId', '=', 'appUser.id'),
        ),
        eb.exists(
          eb
            .selectFrom('auditLog')
            .select('auditLog.id')
            .where('auditLog.workspaceId', '=', workspaceId)
            .where((a) =>
              a.or([
                a('auditLog.actorId', '=', a.ref('appUser.id')),
                a('auditLog.entityId', '=', sql<string>`app_user.id::text`),
              ]),
            ),
        ),
      ]),
    )
    .unionAll(named(db, 'partner', 'name', inWorkspace))
    .unionAll(named(db, 'tag', 'name', inWorkspace))
    .unionAll(named(db, 'workspace', 'name', { ids: [workspaceId] }))
    .unionAll(named(db, 'invitation', 'email', inWorkspace))
    .unionAll(named(db, 'importJob', 'filename', inWorkspace))
    .unionAll(named(db, 'task', 'title', inWorkspace))
    .unionAll(named(db, 'interaction', 'subject', inWorkspace))
    .unionAll(named(db, 'meetingSeries', 'subject', inWorkspace))
    .unionAll(named(db, 'interactionAttachment', 'filename', inWorkspace))
    .unionAll(
      db
        .selectFrom('relationship as r')
        .innerJoin('partner as p', 'p.id', 'r.partnerId')
        .select([
          sql<string>`r.id::text`.as('id'),
          // The partner names the relationship; its purpose tells two with one partner apart.
          sql<string>`case when r.purpose = '' then p.name else p.name || ' · ' || r.purpose end`.as('name'),
        ])
        .where('r.workspaceId', '=', workspaceId)
        .where('r.id', 'in', ids),
    )
    .unionAll(
      db
        .selectFrom('stageChecklistItem')
        // A shipped item kept its key (the web translates it); an own item has its label.
        .select([sql<string>`id::text`.as('id'), sql<string>`coalesce(label, key, '')`.as('name')])
        .where('workspaceId', '=', workspaceId)
        .where('id', 'in', ids),
    )
    .execute();
  return new Map(rows.filter((r) => r.name !== '').map((r) => [r.id, r.name]));
}

type NamedTable =
  | 'partner'
  | 'tag'
  | 'workspace'
  | 'invitation'
  | 'importJob'
  | 'task'
  | 'interaction'
  | 'meetingSeries'
  | 'interactionAttachment';

function named(
  db: Db,
  table: NamedTable,
  column: 'name' | 'email' | 'filename' | 'title' | 'subject',
  where: { workspaceId?: string; ids: string[] },
) {
  let query = db
    .selectFrom(table)
    .select([sql<string>`id::text`.as('id'), sql<string>`${sql.ref(column)}::text`.as('name')])
    .where(sql.ref('id'), 'in', where.ids);
  if (where.workspaceId) query = query.where(sql.ref('workspaceId'), '=', where.workspaceId);
  return query;
}
