import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';

export type Period = { from: string; to: string; timeZone: string };

/**
 * The workspace's live interactions that happened in the period (its days in `timeZone`, and not
 * after `now`), and how many of them were work on existing relationships (`prospect_work` is
 * decided when an interaction's links are written: see classifyInteractions). One index-only
 * range over interaction_occurred_idx, which carries the flag.
 */
export async function countInteractions(db: Db, workspaceId: string, period: Period, now: Date) {
  const lo = sql`((${period.from}::date)::timestamp at time zone ${period.timeZone})`;
  const hi = sql`((${period.to}::date + 1)::timestamp at time zone ${period.timeZone})`;
  const result = await sql<{ total: number; existing: number }>`
    select count(*)::int as total, count(*) filter (where not i.prospect_work)::int as existing
    from interaction i
    where i.workspace_id = ${workspaceId} and i.deleted_at is null
      and i.occurred_at >= ${lo} and i.occurred_at < ${hi} and i.occurred_at <= ${now}`.execute(db);
  return result.rows[0] ?? { total: 0, existing: 0 };
}

export async function findProspectShareMin(db: Db, workspaceId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('workspace')
    .select('prospectShareMin')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return row?.prospectShareMin;
}

export async function setProspectShareMin(trx: Tx, workspaceId: string, value: number) {
  await trx
    .updateTable('workspace')
    .set({ prospectShareMin: value, updatedAt: new Date() })
    .where('id', '=', workspaceId)
    .execute();
}
