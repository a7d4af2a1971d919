import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';
import { fileKey } from '../../platform/files/index.js';

const COLUMNS = [
  'a.workspaceId',
  'a.id',
  'a.interactionId',
  'a.filename',
  'a.contentType',
  'a.sizeBytes',
  'a.sha256',
  'a.createdAt',
  'a.deletedAt',
  'a.createdBy',
  'u.name as createdByName',
] as const;

function selectAttachments(db: Db, workspaceId: string) {
  return db
    .selectFrom('interactionAttachment as a')
    .leftJoin('appUser as u', 'u.id', 'a.createdBy')
    .select(COLUMNS)
    .where('a.workspaceId', '=', workspaceId);
}

export type AttachmentRow = Awaited<ReturnType<ReturnType<typeof selectAttachments>['executeTakeFirstOrThrow']>>;

/** Attachments of interactions, oldest first; trashed ones only with `deleted`. */
export async function listAttachments(
  db: Db,
  workspaceId: string,
  interactionIds: string[],
  deleted = false,
): Promise<AttachmentRow[]> {
  if (interactionIds.length === 0) return [];
  return selectAttachments(db, workspaceId)
    .where('a.interactionId', 'in', interactionIds)
    .where('a.deletedAt', deleted ? 'is not' : 'is', null)
    .orderBy('a.createdAt')
    .orderBy('a.id')
    .execute();
}

export async function findAttachment(
  db: Db,
  workspaceId: string,
  interactionId: string,
  id: string,
): Promise<AttachmentRow | undefined> {
  return selectAttachments(db, workspaceId)
    .where('a.interactionId', '=', interactionId)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function countLiveAttachments(db: Db, workspaceId: string, interactionId: string): Promise<number> {
  const row = await db
    .selectFrom('interactionAttachment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('interactionId', '=', interactionId)
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAttachment(
  trx: Tx,
  row: {
    workspaceId: string;
    id: string;
    interactionId: string;
    filename: string;
    contentType: string;
    sizeBytes: number;
    sha256: string;
    createdBy: string;
  },
  now: Date,
) {
  await trx
    .insertInto('interactionAttachment')
    .values({ ...row, createdAt: now })
    .execute();
}

/** Moves an attachment to or out of the trash; false when it was not in the state the change starts from. */
export async function setAttachmentDeleted(
  trx: Tx,
  workspaceId: string,
  id: string,
  deletedAt: Date | null,
): Promise<boolean> {
  const result = await trx
    .updateTable('interactionAttachment')
    .set({ deletedAt })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('deletedAt', deletedAt ? 'is' : 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Deletes for good, in one transaction: interactions trashed before the cutoff (their links, agenda,
 * tasks and attachment rows go with them by cascade) and attachments trashed on their own before
 * it. The interactions are locked first, so a restore running at the same moment either comes
 * first (and keeps its files) or finds nothing to restore. Returns the file keys whose rows are
 * gone: the caller removes the files after the commit.
 */
export async function purgeInteractionsAndAttachments(
  db: Db,
  cutoff: Date,
): Promise<{ interactions: number; keys: string[] }> {
  return db.transaction().execute(async (trx) => {
    const doomed = await sql<{ workspaceId: string; id: string }>`
      select workspace_id, id from interaction where deleted_at < ${cutoff} for update`.execute(trx);
    const workspaces = doomed.rows.map((r) => r.workspaceId);
    const ids = doomed.rows.map((r) => r.id);
    const files = await sql<{ workspaceId: string; id: string }>`
      delete from interaction_attachment a
      where a.deleted_at < ${cutoff}
        or (a.workspace_id, a.interaction_id) in (select * from unnest(${sql.val(workspaces)}::uuid[], ${sql.val(ids)}::uuid[]))
      returning a.workspace_id, a.id`.execute(trx);
    if (ids.length) {
      await sql`delete from interaction i
        where (i.workspace_id, i.id) in (select * from unnest(${sql.val(workspaces)}::uuid[], ${sql.val(ids)}::uuid[]))`.execute(
        trx,
      );
    }
    return { interactions: ids.length, keys: files.rows.map((f) => fileKey(f.workspaceId, f.id)) };
  });
}

/** Whether the interaction files are attached to exists, and whether it is in the trash. */
export async function findAttachedInteraction(db: Db, workspaceId: string, interactionId: string) {
  return db
    .selectFrom('interaction')
    .select(['id', 'deletedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', interactionId)
    .executeTakeFirst();
}
