import { sql, type RawBuilder } from 'kysely';
import type { Db, HealthComponent, Tx } from '../../platform/db/index.js';
import { effectiveCadence, LIVE } from '../../relationships/relationships/index.js';
import type { HealthInputs } from './compute.js';

const WINDOW = sql`interval '90 days'`;

/**
 * The interactions that concern relationship `r` (as for its last contact: those naming it, or
 * naming its partner as a partner or a participant), live and not later than `now`; with `since`,
 * only those after it. Each part reads one link index; `union` counts an interaction once.
 */
function concerning(now: Date, since?: RawBuilder<unknown>) {
  const part = (table: string, column: string, value: string) =>
    sql`select l.interaction_id from ${sql.table(table)} l
      where l.workspace_id = r.workspace_id and l.${sql.ref(column)} = r.${sql.ref(value)} and not l.interaction_deleted
        and l.occurred_at <= ${now}${since ? sql` and l.occurred_at > ${since}` : sql``}`;
  return sql`${part('interaction_relationship', 'relationship_id', 'id')}
    union ${part('interaction_partner', 'partner_id', 'partner_id')}
    union ${part('interaction_person', 'person_id', 'partner_id')}`;
}

type InputRow = {
  id: string;
  previousScore: number | null;
  lastContactAt: Date | null;
  startedAt: Date;
  cadenceDays: number;
  contacts: number;
  inbound: number;
  positive: number;
  neutral: number;
  negative: number;
  canWeHelp: number | null;
  canTheyHelp: number | null;
};

/**
 * Everything the score of these relationships is computed from, in one query: last contact, the
 * effective cadence, the 90 days' contacts and how many they started, the sentiments of the latest
 * ten interactions that have one, the latest value assessment; and the score stored now.
 */
export async function gatherHealthInputs(
  db: Db,
  workspaceId: string,
  ids: string[],
  now: Date,
): Promise<(HealthInputs & { id: string; previousScore: number | null })[]> {
  if (ids.length === 0) return [];
  const result = await sql<InputRow>`
    select r.id, r.health_score as previous_score, r.last_contact_at,
      coalesce(r.started_on::timestamp at time zone 'UTC', r.created_at) as started_at,
      ${effectiveCadence} as cadence_days,
      c.contacts, c.inbound, s.positive, s.neutral, s.negative, r.can_we_help, r.can_they_help
    from relationship r
    cross join lateral (
      select count(*)::int as contacts, count(*) filter (where i.direction = 'inbound')::int as inbound
      from interaction i
      where i.workspace_id = r.workspace_id and i.id in (${concerning(now, sql`${now}::timestamptz - ${WINDOW}`)})
    ) c
    cross join lateral (
      select count(*) filter (where x.sentiment = 'positive')::int as positive,
        count(*) filter (where x.sentiment = 'neutral')::int as neutral,
        count(*) filter (where x.sentiment = 'negative')::int as negative
      from (
        select i.sentiment from interaction i
        where i.workspace_id = r.workspace_id and i.sentiment is not null and i.id in (${concerning(now)})
        order by i.occurred_at desc, i.id desc limit 10
      ) x
    ) s
    where r.workspace_id = ${workspaceId} and r.id = any(${sql.val(ids)}::uuid[])`.execute(db);
  return result.rows.map((row) => ({
    id: row.id,
    previousScore: row.previousScore,
    lastContactAt: row.lastContactAt,
    startedAt: row.startedAt,
    cadenceDays: row.cadenceDays,
    contacts90d: row.contacts,
    inbound90d: row.inbound,
    sentiments: { positive: row.positive, neutral: row.neutral, negative: row.negative },
    value:
      row.canWeHelp !== null && row.canTheyHelp !== null
        ? { canWeHelp: row.canWeHelp, canTheyHelp: row.canTheyHelp }
        : null,
  }));
}

export type ScoreRow = { id: string; score: number; components: HealthComponent[] };

/**
 * Stores the scores. The explained components (which change every day, as days since contact do)
 * go to relationship_health_detail, one narrow row each; the relationship row itself, with its many
 * indexes, is written only where the score or the 30-day drop changed. The drop is the highest
 * score of the 30 days up to `day` minus the new one, never below 0; the score in force when the
 * window opened (the last change on or before its first day) counts too, so a relationship that
 * stood at 90 for months and fell to 50 today dropped 40. Write the day's trend rows first.
 */
export async function writeScores(trx: Tx, workspaceId: string, rows: ScoreRow[], now: Date, day: string) {
  if (rows.length === 0) return;
  const doc = JSON.stringify(rows);
  await sql`insert into relationship_health_detail (workspace_id, relationship_id, components, computed_at)
    select ${workspaceId}::uuid, x.id, x.components, ${now} from jsonb_to_recordset(${doc}::jsonb) as x(id uuid, components jsonb)
    on conflict (workspace_id, relationship_id) do update set components = excluded.components, computed_at = excluded.computed_at`.execute(
    trx,
  );
  const h = sql`relationship_health h where h.workspace_id = ${workspaceId} and h.relationship_id = x.id`;
  await sql`update relationship r set health_score = y.score, health_drop_30d = y.drop
    from (
      select x.id, x.score, greatest(0, greatest(
        (select max(h.score) from ${h} and h.day > ${day}::date - 30),
        (select h.score from ${h} and h.day <= ${day}::date - 30 order by h.day desc limit 1)
      ) - x.score) as drop
      from jsonb_to_recordset(${doc}::jsonb) as x(id uuid, score int)
    ) y
    where r.workspace_id = ${workspaceId} and r.id = y.id
      and (r.health_score is distinct from y.score or r.health_drop_30d is distinct from y.drop)`.execute(trx);
}

/** The trend: one row per relationship and UTC day on which its score changed, the day's last score winning. */
export async function upsertHistory(trx: Tx, workspaceId: string, rows: { id: string; score: number }[], day: string) {
  if (rows.length === 0) return;
  const doc = JSON.stringify(rows.map((r) => ({ id: r.id, score: r.score })));
  await sql`insert into relationship_health (workspace_id, relationship_id, day, score)
    select ${workspaceId}::uuid, x.id, ${day}::date, x.score from jsonb_to_recordset(${doc}::jsonb) as x(id uuid, score int)
    on conflict (workspace_id, relationship_id, day) do update set score = excluded.score`.execute(trx);
}

export async function listWorkspaceIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('workspace').select('id').orderBy('id').execute()).map((w) => w.id);
}

/** The next live relationships of a workspace in id order, after `afterId`: one batch of the daily recomputation. */
export async function nextLiveIds(
  db: Db,
  workspaceId: string,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const result = await sql<{ id: string }>`select r.id from relationship r
    where r.workspace_id = ${workspaceId} and ${LIVE}${afterId ? sql` and r.id > ${afterId}` : sql``}
    order by r.id limit ${limit}`.execute(db);
  return result.rows.map((r) => r.id);
}

/** Trend rows older than `before` are not shown any more (the trend is 90 days; the drop needs 30). */
export async function purgeHistory(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('relationshipHealth').where('day', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The stored score of one relationship and its explanation, or undefined when it is not in the workspace. */
export async function findStoredHealth(db: Db, workspaceId: string, id: string) {
  return (
    db
      .selectFrom('relationship as r')
      .leftJoin('relationshipHealthDetail as d', (join) =>
        join.onRef('d.workspaceId', '=', 'r.workspaceId').onRef('d.relationshipId', '=', 'r.id'),
      )
      // CamelCasePlugin would write healthDrop30d as health_drop30d: the column is named in SQL.
      .select([
        'r.healthScore',
        'd.components as healthComponents',
        'd.computedAt as healthComputedAt',
        sql<number | null>`r.health_drop_30d`.as('healthDrop30d'),
      ])
      .where('r.workspaceId', '=', workspaceId)
      .where('r.id', '=', id)
      .executeTakeFirst()
  );
}

export async function listTrend(db: Db, workspaceId: string, id: string, fromDay: string) {
  return db
    .selectFrom('relationshipHealth')
    .select(['day', 'score'])
    .where('workspaceId', '=', workspaceId)
    .where('relationshipId', '=', id)
    .where('day', '>=', fromDay)
    .orderBy('day')
    .execute();
}
