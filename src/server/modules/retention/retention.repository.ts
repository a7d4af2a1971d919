import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export type Period = { from: string; to: string; timeZone: string };

/**
 * The workspace's live interactions that happened in the period (its days in `timeZone`, and not
 * after `now`), and how many of them are work on existing relationships: those concerning (naming,
 * or naming its partner as a partner or a participant) at least one live relationship past the
 * Formation stage. The rest is new-prospect work. The period is read from the interaction index.
 */
export async function countInteractions(db: Db, workspaceId: string, period: Period, now: Date) {
  const lo = sql`((${period.from}::date)::timestamp at time zone ${period.timeZone})`;
  const hi = sql`((${period.to}::date + 1)::timestamp at time zone ${period.timeZone})`;
  const result = await sql<{ total: number; existing: number }>`
    select count(*)::int as total, count(*) filter (where exists (
      select 1 from relationship r
      where r.workspace_id = i.workspace_id and r.stage <> 'formation' and r.deleted_at is null and not r.partner_deleted and (
        r.id in (select l.relationship_id from interaction_relationship l where l.workspace_id = i.workspace_id and l.interaction_id = i.id)
        or r.partner_id in (
          select l.partner_id from interaction_partner l where l.workspace_id = i.workspace_id and l.interaction_id = i.id
          union all
          select l.person_id from interaction_person l where l.workspace_id = i.workspace_id and l.interaction_id = i.id))
    ))::int as existing
    from interaction i
    where i.workspace_id = ${workspaceId} and i.deleted_at is null
      and i.occurred_at >= ${lo} and i.occurred_at < ${hi} and i.occurred_at <= ${now}`.execute(db);
  return result.rows[0] ?? { total: 0, existing: 0 };
}

export async function findProspectShareMin(db: Db, workspaceId: string): Promise<number | undefined> {
  const row = await db.selectFrom('workspace').select('prospectShareMin').where('id', '=', workspaceId).executeTakeFirst();
  return row?.prospectShareMin;
}

export async function setProspectShareMin(trx: Db, workspaceId: string, value: number) {
  await trx.updateTable('workspace').set({ prospectShareMin: value, updatedAt: new Date() }).where('id', '=', workspaceId).execute();
}
