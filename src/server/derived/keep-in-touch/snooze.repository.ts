import type { Db, Tx } from '../../platform/db/index.js';

export type SnoozeValues = {
  workspaceId: string;
  id: string;
  relationshipId: string;
  until: string;
  note: string;
  createdBy: string;
  createdAt: Date;
};

/**
 * Ends the live snoozes of a relationship (not ended, and `until` not before `today`); an expired
 * one stays as it was, since it ran its course. Returns the `until` of those it ended.
 */
export async function endLiveSnoozes(
  trx: Tx,
  workspaceId: string,
  relationshipId: string,
  today: string,
  by: { userId: string; at: Date },
): Promise<string[]> {
  const rows = await trx
    .updateTable('contactSnooze')
    .set({ endedAt: by.at, endedBy: by.userId })
    .where('workspaceId', '=', workspaceId)
    .where('relationshipId', '=', relationshipId)
    .where('endedAt', 'is', null)
    .where('until', '>=', today)
    .returning('until')
    .execute();
  return rows.map((r) => r.until);
}

export async function insertSnooze(trx: Tx, values: SnoozeValues) {
  await trx.insertInto('contactSnooze').values(values).execute();
}

/** Keeps the relationship's copy of the live snooze's date, which the keep-in-touch view filters by. */
export async function setSnoozedUntil(trx: Tx, workspaceId: string, relationshipId: string, until: string | null) {
  await trx
    .updateTable('relationship')
    .set({ snoozedUntil: until })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', relationshipId)
    .execute();
}

/** Every snooze of a relationship, newest first, with the names of who made and who ended it. */
export async function listSnoozes(db: Db, workspaceId: string, relationshipId: string, options: { id?: string } = {}) {
  let query = db
    .selectFrom('contactSnooze as s')
    .leftJoin('appUser as c', 'c.id', 's.createdBy')
    .leftJoin('appUser as e', 'e.id', 's.endedBy')
    .select([
      's.id',
      's.until',
      's.note',
      's.createdBy',
      'c.name as createdByName',
      's.createdAt',
      's.endedAt',
      'e.name as endedByName',
    ])
    .where('s.workspaceId', '=', workspaceId)
    .where('s.relationshipId', '=', relationshipId)
    .orderBy('s.createdAt', 'desc')
    .orderBy('s.id', 'desc');
  if (options.id) query = query.where('s.id', '=', options.id);
  return query.execute();
}
