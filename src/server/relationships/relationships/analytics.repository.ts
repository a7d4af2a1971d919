import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db, Stage } from '../../platform/db/index.js';
import { LIVE } from './relationships.repository.js';
import { STAGES } from './values.js';

export type Period = { from: string; to: string; timeZone: string };

function scope(workspaceId: string, ownerId: string | undefined): RawBuilder<SqlBool> {
  return sql`r.workspace_id = ${workspaceId} and ${LIVE}${ownerId ? sql` and r.owner_id = ${ownerId}` : sql``}`;
}

function bounds(period: Period) {
  return {
    lo: sql`((${period.from}::date)::timestamp at time zone ${period.timeZone})`,
    hi: sql`((${period.to}::date + 1)::timestamp at time zone ${period.timeZone})`,
  };
}

/**
 * Per stage, from the relationships themselves: how many live, non-ended ones are in it now, and
 * how many were already in their current stage before the period ended (a stay still going on
 * overlaps the period exactly when it began before the period's end).
 */
export async function currentStays(db: Db, workspaceId: string, period: Period, ownerId: string | undefined) {
  const { hi } = bounds(period);
  const result = await sql<{ stage: Stage; count: number; current: number }>`select r.stage,
      count(*) filter (where r.status <> 'ended')::int as count,
      count(*) filter (where r.stage_entered_at < ${hi})::int as current
    from relationship r
    where ${scope(workspaceId, ownerId)} group by r.stage`.execute(db);
  return result.rows;
}

/**
 * Per stage, from the stays that are over (a stage_change row gets left_at and next_stage when the
 * relationship moves on) and overlapped the period: the median length in days of those that ended
 * in the period, the relationships they add to the stage's entries (those not counted already by
 * a current stay in the same stage), and how many moved on to a later stage in the period.
 */
export async function endedStays(db: Db, workspaceId: string, period: Period, ownerId: string | undefined) {
  const { lo, hi } = bounds(period);
  const order = sql`${sql.val([...STAGES])}::text[]`;
  const result = await sql<{ stage: Stage; medianDays: number | null; extraEntered: number; advanced: number }>`
    select c.to_stage as stage,
      percentile_cont(0.5) within group (order by (extract(epoch from c.left_at - c.changed_at) / 86400)::float8)
        filter (where c.left_at < ${hi}) as median_days,
      count(distinct c.relationship_id) filter (where not (r.stage = c.to_stage and r.stage_entered_at < ${hi}))::int as extra_entered,
      count(distinct c.relationship_id) filter (
        where c.left_at < ${hi} and array_position(${order}, c.next_stage) > array_position(${order}, c.to_stage)
      )::int as advanced
    from stage_change c
    join relationship r on r.workspace_id = c.workspace_id and r.id = c.relationship_id
    where c.workspace_id = ${workspaceId} and c.left_at > ${lo} and c.changed_at < ${hi} and ${scope(workspaceId, ownerId)}
    group by c.to_stage`.execute(db);
  return result.rows;
}
