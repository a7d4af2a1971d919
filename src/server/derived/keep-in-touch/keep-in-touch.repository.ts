import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db, Row, Tier } from '../../platform/db/index.js';
import { effectiveCadence, TIERS } from '../../relationships/relationships/index.js';

/** How important a tier is when ranking who to contact first (docs/keep-in-touch-api.md). */
export const TIER_WEIGHT: Record<Tier, number> = { inner_circle: 4, active: 3, occasional: 2, dormant: 1 };
/** Listed while the next contact is at most this many days ahead. */
export const AHEAD_DAYS = 7;

export type KeepInTouchScope = { today: string; userId: string; mine: boolean };
export type KeepInTouchCursor = { priority: number; due: string; id: string };

const tierWeight = sql<number>`(case r.tier ${sql.join(
  TIERS.map((tier) => sql`when ${tier} then ${TIER_WEIGHT[tier]}::int`),
  sql` `,
)} end)`;
const overdueDays = (today: string) => sql<number>`(${today}::date - r.next_contact_due)`;
const priority = (today: string) => sql<number>`((${overdueDays(today)} + ${AHEAD_DAYS}::int) * ${tierWeight})`;

/**
 * Active, live relationships due within the week or overdue, and not snoozed today. The literal
 * `status = 'active'` and trash conditions match the partial relationship_keep_in_touch_idx, which
 * also carries owner and snooze, so filtering (and counting) needs no table rows. `mine`: owned by the caller or with
 * them on its team.
 */
function scopeSql(workspaceId: string, s: KeepInTouchScope): RawBuilder<SqlBool> {
  const conditions = [
    sql`r.workspace_id = ${workspaceId}`,
    // Every tier, named, so the count reads four ranges of the tier-led index.
    sql`r.tier = any(${sql.val([...TIERS])}::text[])`,
    sql`r.status = 'active' and r.deleted_at is null and not r.partner_deleted`,
    sql`r.next_contact_due <= ${s.today}::date + ${AHEAD_DAYS}::int`,
    // A snooze is live through its last day, so it hides the relationship until then.
    sql`(r.snoozed_until is null or r.snoozed_until < ${s.today}::date)`,
  ];
  if (s.mine) {
    // An uncorrelated IN: the caller's team memberships are read once (a hashed subplan), not per row.
    conditions.push(sql`(r.owner_id = ${s.userId} or r.id in (select t.relationship_id from relationship_team_member t
      where t.workspace_id = ${workspaceId} and t.user_id = ${s.userId}))`);
  }
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
}

export type KeepInTouchRow = Pick<
  Row<'relationship'>,
  'partnerId' | 'purpose' | 'tier' | 'stage' | 'ownerId' | 'lastContactAt'
> & {
  relationshipId: string;
  partnerName: string;
  ownerName: string | null;
  cadenceDays: number;
  /** Never null here: the list reads only relationships that are due. */
  nextContactDue: string;
  overdueDays: number;
  priority: number;
  healthScore: number | null;
};

/**
 * One page, highest priority first, then the earliest due, then id. Within a tier the priority
 * only grows as the due date gets earlier, so the page is the best of four short index reads (one
 * per tier, in due order from relationship_keep_in_touch_idx), not a sort of everything due. After
 * a cursor of priority P, a tier of weight w can only hold rows due on or after today + 7 − ⌊P / w⌋,
 * which is where its read starts; the row comparison (−priority, due, id) then decides exactly.
 */
export async function listDue(
  db: Db,
  workspaceId: string,
  s: KeepInTouchScope,
  after: KeepInTouchCursor | undefined,
  limit: number,
) {
  const perTier = TIERS.map((tier) => {
    const keyset = after
      ? sql`and r.next_contact_due >= ${s.today}::date + ${AHEAD_DAYS - Math.floor(after.priority / TIER_WEIGHT[tier])}::int
          and (-${priority(s.today)}, r.next_contact_due, r.id) > (${-after.priority}::int, ${after.due}::date, ${after.id}::uuid)`
      : sql``;
    return sql`(select r.id from relationship r where ${scopeSql(workspaceId, s)} and r.tier = ${tier} ${keyset}
      order by r.next_contact_due, r.id limit ${limit + 1})`;
  });
  const result = await sql<KeepInTouchRow>`
    select r.id as relationship_id, r.partner_id, p.name as partner_name, r.purpose, r.tier, r.stage, r.owner_id, o.name as owner_name,
      ${effectiveCadence} as cadence_days, r.last_contact_at, r.next_contact_due,
      ${overdueDays(s.today)} as overdue_days, ${priority(s.today)} as priority, r.health_score
    from relationship r
    join partner p on p.workspace_id = r.workspace_id and p.id = r.partner_id
    left join app_user o on o.id = r.owner_id
    where r.workspace_id = ${workspaceId} and r.id in (${sql.join(perTier, sql` union all `)})
    order by ${priority(s.today)} desc, r.next_contact_due, r.id
    limit ${limit + 1}`.execute(db);
  return result.rows;
}

/** How many of the whole list (every page) are overdue, and how many are due from today to a week ahead. */
export async function countDue(db: Db, workspaceId: string, s: KeepInTouchScope) {
  const result = await sql<{ overdue: number; dueThisWeek: number }>`
    select count(*) filter (where r.next_contact_due < ${s.today}::date)::int as overdue,
      count(*) filter (where r.next_contact_due >= ${s.today}::date)::int as due_this_week
    from relationship r where ${scopeSql(workspaceId, s)}`.execute(db);
  return result.rows[0] ?? { overdue: 0, dueThisWeek: 0 };
}
