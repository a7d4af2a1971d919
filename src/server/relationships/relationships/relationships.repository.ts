import { sql, type RawBuilder, type SqlBool } from 'kysely';
import {
  type Db,
  nextVersion,
  type RelationshipStatus,
  type Stage,
  type Tier,
  trashed,
  type Tx,
} from '../../platform/db/index.js';
import { DEFAULT_CADENCE_DAYS, TIERS } from './values.js';

/** Days between contacts: the relationship's own, else the workspace's for its tier, else the shipped default. */
export const effectiveCadence = sql<number>`coalesce(
  r.cadence_days,
  (select s.cadence_days from relationship_tier_setting s where s.workspace_id = r.workspace_id and s.tier = r.tier),
  case r.tier ${sql.join(
    TIERS.map((tier) => sql`when ${tier} then ${DEFAULT_CADENCE_DAYS[tier]}::int`),
    sql` `,
  )} end
)`;

/** Either answer of the latest assessment at 2 or below; unassessed is not one-sided. */
export const ONE_SIDED = sql<boolean>`coalesce(r.can_we_help <= 2 or r.can_they_help <= 2, false)`;

/** Due before today (the caller's calendar) and still active. */
export const overdueOn = (today: string) => sql<boolean>`(r.next_contact_due < ${today}::date and r.status = 'active')`;

/** Listed: neither the relationship nor its partner is in the trash. Matches the partial indexes. */
export const LIVE = sql<SqlBool>`(r.deleted_at is null and not r.partner_deleted)`;

/**
 * Relationships as the API shows them, with the partner's name and type, the owner's name and the
 * derived fields. `today` is the caller's date, for `overdue`.
 */
export function selectRelationships(db: Db, today: string) {
  return db
    .selectFrom('relationship as r')
    .innerJoin('partner as p', (join) =>
      join.onRef('p.workspaceId', '=', 'r.workspaceId').onRef('p.id', '=', 'r.partnerId'),
    )
    .leftJoin('appUser as o', 'o.id', 'r.ownerId')
    .selectAll('r')
    .select([
      'p.name as partnerName',
      'p.type as partnerType',
      'o.name as ownerName',
      effectiveCadence.as('effectiveCadenceDays'),
      ONE_SIDED.as('oneSided'),
      overdueOn(today).as('overdue'),
      // A snooze is live through its `until` date (the caller's calendar); afterwards it is history.
      sql<string | null>`case when r.snoozed_until >= ${today}::date then r.snoozed_until end`.as('liveSnoozedUntil'),
    ]);
}

export type RelationshipRow = Awaited<ReturnType<ReturnType<typeof selectRelationships>['executeTakeFirstOrThrow']>>;

export async function findRelationship(
  db: Db,
  workspaceId: string,
  id: string,
  today: string,
): Promise<RelationshipRow | undefined> {
  return selectRelationships(db, today)
    .where('r.workspaceId', '=', workspaceId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function listPartnerRelationships(db: Db, workspaceId: string, partnerId: string, today: string) {
  return selectRelationships(db, today)
    .where('r.workspaceId', '=', workspaceId)
    .where('r.partnerId', '=', partnerId)
    .where('r.deletedAt', 'is', null)
    .orderBy('r.createdAt')
    .orderBy('r.id')
    .execute();
}

export type RelationshipValues = {
  purpose: string;
  kinds: string[];
  ownerId: string | null;
  tier: Tier;
  cadenceDays: number | null;
  status: RelationshipStatus;
  endReason: string | null;
  startedOn: string | null;
  endedOn: string | null;
};

/** Inserts a relationship and computes its next contact date with the same rule as every later change. */
export async function insertRelationship(
  trx: Tx,
  row: RelationshipValues & {
    workspaceId: string;
    id: string;
    partnerId: string;
    partnerSortName: string;
    stage: Stage;
    createdBy: string;
    createdAt: Date;
  },
) {
  await trx
    .insertInto('relationship')
    .values({
      ...row,
      stageEnteredAt: row.createdAt,
      updatedAt: row.createdAt,
      updatedBy: row.createdBy,
      // Replaced at once by refreshNextContactDue below, which holds the one rule.
      nextContactDue: sql<string>`current_date`,
    })
    .execute();
  await refreshNextContactDue(trx, row.workspaceId, { ids: [row.id] });
}

/** Writes the new values only if the row is still at `version`; false means someone else changed it. */
export async function updateRelationshipRow(
  trx: Tx,
  workspaceId: string,
  id: string,
  version: number,
  values: RelationshipValues & { updatedBy: string },
) {
  const result = await trx
    .updateTable('relationship')
    .set({ ...values, ...nextVersion() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  // Also when the owner changed: the due date is read in the new owner's calendar.
  await refreshNextContactDue(trx, workspaceId, { ids: [id] });
  return true;
}

export async function updateStage(
  trx: Tx,
  workspaceId: string,
  id: string,
  version: number,
  stage: Stage,
  at: Date,
  userId: string,
) {
  const result = await trx
    .updateTable('relationship')
    .set({ stage, stageEnteredAt: at, updatedBy: userId, ...nextVersion(at) })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Moves to or out of the trash; `version` guards a delete, a restore takes the row as it is. */
export async function setRelationshipDeleted(
  trx: Tx,
  workspaceId: string,
  id: string,
  deletedAt: Date | null,
  userId: string,
  version?: number,
) {
  let query = trx
    .updateTable('relationship')
    .set(trashed(userId, deletedAt))
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('deletedAt', deletedAt ? 'is' : 'is not', null);
  if (version !== undefined) query = query.where('version', '=', version);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The relationship owner's time zone, UTC without an owner: the calendar its dates are read in. */
const ownerZone = sql<string>`coalesce((select u.time_zone from app_user u where u.id = r.owner_id), 'UTC')`;

/**
 * Recomputes the stored next contact date: (last contact, else start date, else creation) + the
 * effective cadence. The instants are turned into dates in the owner's time zone, so the date is
 * the same whoever makes the change (or a job with no caller at all), and date + integer is
 * calendar arithmetic, so a DST change never moves it. Stored rather than computed on read so that
 * lists can sort and filter by it with an index. Returns the relationships it updated.
 */
export async function refreshNextContactDue(
  trx: Tx,
  workspaceId: string,
  target: { ids: string[] } | { tierWithoutOverride: Tier } | { ownerId: string },
): Promise<string[]> {
  const where: RawBuilder<SqlBool> =
    'ids' in target
      ? sql`r.id = any(${sql.val(target.ids)}::uuid[])`
      : 'ownerId' in target
        ? sql`r.owner_id = ${target.ownerId}`
        : sql`r.tier = ${target.tierWithoutOverride} and r.cadence_days is null`;
  const anchor = sql`coalesce((r.last_contact_at at time zone ${ownerZone})::date, r.started_on, (r.created_at at time zone ${ownerZone})::date)`;
  const result = await sql<{ id: string }>`update relationship r set next_contact_due = ${anchor} + ${effectiveCadence}
    where r.workspace_id = ${workspaceId} and ${where} returning r.id`.execute(trx);
  return result.rows.map((row) => row.id);
}

export async function listTeams(db: Db, workspaceId: string, relationshipIds: string[]) {
  if (relationshipIds.length === 0) return [];
  return db
    .selectFrom('relationshipTeamMember as t')
    .innerJoin('appUser as u', 'u.id', 't.userId')
    .select(['t.relationshipId', 't.userId', 'u.name', 't.role'])
    .where('t.workspaceId', '=', workspaceId)
    .where('t.relationshipId', 'in', relationshipIds)
    .orderBy('t.relationshipId')
    .orderBy('t.position')
    .execute();
}

export async function replaceTeam(
  trx: Tx,
  workspaceId: string,
  relationshipId: string,
  team: { userId: string; role: string }[],
) {
  await trx
    .deleteFrom('relationshipTeamMember')
    .where('workspaceId', '=', workspaceId)
    .where('relationshipId', '=', relationshipId)
    .execute();
  if (team.length === 0) return;
  await trx
    .insertInto('relationshipTeamMember')
    .values(team.map((m, position) => ({ workspaceId, relationshipId, userId: m.userId, role: m.role, position })))
    .execute();
}

/** The partner a relationship is with, if it is in this workspace (trashed or not). */
export async function findPartnerRef(db: Db, workspaceId: string, partnerId: string) {
  return db
    .selectFrom('partner')
    .select(['id', 'sortName', 'kinds', 'deletedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
}

/** Which of these users are members of the workspace. */
export async function findMemberIds(db: Db, workspaceId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('membership')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('userId', 'in', userIds)
    .execute();
  return new Set(rows.map((r) => r.userId));
}

/** Hands the relationships of merged partners to the survivor; returns each one moved with its former partner. */
export async function reassignPartner(trx: Tx, workspaceId: string, fromPartnerIds: string[], toPartnerId: string) {
  if (fromPartnerIds.length === 0) return [];
  const moving = await trx
    .selectFrom('relationship')
    .select(['id', 'partnerId'])
    .where('workspaceId', '=', workspaceId)
    .where('partnerId', 'in', fromPartnerIds)
    .forUpdate()
    .execute();
  if (moving.length === 0) return [];
  const survivor = trx.selectFrom('partner').where('workspaceId', '=', workspaceId).where('id', '=', toPartnerId);
  await trx
    .updateTable('relationship')
    .set({
      partnerId: toPartnerId,
      partnerSortName: survivor.select('sortName'),
      partnerDeleted: survivor.select(sql<boolean>`deleted_at is not null`.as('deleted')),
      ...nextVersion(),
    })
    .where('workspaceId', '=', workspaceId)
    .where(
      'id',
      'in',
      moving.map((r) => r.id),
    )
    .execute();
  return moving;
}
