import type { Db } from '../../platform/db/index.js';
import { addDays, fieldError, newId, notFound, todayIn } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { findRelationship, findWritable } from '../../relationships/relationships/index.js';
import { requirePermission } from '../../platform/access/index.js';
import type { SnoozeInput, SnoozeView } from './keep-in-touch.schema.js';
import { endLiveSnoozes, insertSnooze, listSnoozes, setSnoozedUntil } from './snooze.repository.js';

/** The furthest a snooze may reach: a relationship is not put out of mind for longer than a year. */
export const MAX_SNOOZE_DAYS = 365;

type SnoozeRow = Awaited<ReturnType<typeof listSnoozes>>[number];

const present = (row: SnoozeRow, today: string): SnoozeView => ({
  id: row.id,
  until: row.until,
  note: row.note,
  createdBy: row.createdBy,
  createdByName: row.createdByName,
  createdAt: row.createdAt.toISOString(),
  endedAt: row.endedAt?.toISOString() ?? null,
  endedByName: row.endedByName,
  active: row.endedAt === null && row.until >= today,
});

/**
 * Hides a relationship from the keep-in-touch view through `until` (after today, at most a year
 * ahead, in the caller's calendar). A new snooze ends the live one. Like an assessment, it leaves
 * the relationship's version alone: it is not an edit of the relationship.
 */
export async function snooze(
  db: Db,
  auth: Auth,
  workspaceId: string,
  relationshipId: string,
  input: SnoozeInput,
): Promise<SnoozeView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const current = await findWritable(db, auth, workspaceId, relationshipId);
  const today = todayIn(auth.user.timeZone);
  if (input.until <= today) throw fieldError('until', 'date_not_future', 'must be after today');
  // params.maximum in days, as the app words `too_big`-like rules from a number.
  if (input.until > addDays(today, MAX_SNOOZE_DAYS))
    throw fieldError('until', 'date_too_far', `must be at most ${MAX_SNOOZE_DAYS} days ahead`, {
      maximum: MAX_SNOOZE_DAYS,
    });
  const id = newId();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await endLiveSnoozes(trx, workspaceId, relationshipId, today, { userId: auth.user.id, at: now });
    await insertSnooze(trx, {
      workspaceId,
      id,
      relationshipId,
      until: input.until,
      note: input.note ?? '',
      createdBy: auth.user.id,
      createdAt: now,
    });
    await setSnoozedUntil(trx, workspaceId, relationshipId, input.until);
    const changes = {
      snoozedUntil: { before: current.liveSnoozedUntil, after: input.until },
      ...(input.note ? { note: { before: null, after: input.note } } : {}),
    };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.snooze',
      entityType: 'relationship',
      entityId: relationshipId,
      changes,
    });
  });
  const [created] = await listSnoozes(db, workspaceId, relationshipId, { id });
  if (!created) throw notFound('Snooze');
  return present(created, today);
}

/** Ends the live snooze early, so the relationship is listed again at once; 404 when none is live. */
export async function endSnooze(db: Db, auth: Auth, workspaceId: string, relationshipId: string): Promise<void> {
  await requirePermission(db, auth, workspaceId, 'write');
  await findWritable(db, auth, workspaceId, relationshipId);
  const today = todayIn(auth.user.timeZone);
  const ended = await db.transaction().execute(async (trx) => {
    const untils = await endLiveSnoozes(trx, workspaceId, relationshipId, today, {
      userId: auth.user.id,
      at: new Date(),
    });
    if (untils.length === 0) return false;
    await setSnoozedUntil(trx, workspaceId, relationshipId, null);
    const changes = { snoozedUntil: { before: untils[0] ?? null, after: null } };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.snooze_end',
      entityType: 'relationship',
      entityId: relationshipId,
      changes,
    });
    return true;
  });
  if (!ended) throw notFound('Snooze');
}

export async function getSnoozes(
  db: Db,
  auth: Auth,
  workspaceId: string,
  relationshipId: string,
): Promise<{ items: SnoozeView[] }> {
  await requirePermission(db, auth, workspaceId, 'read');
  const today = todayIn(auth.user.timeZone);
  if (!(await findRelationship(db, workspaceId, relationshipId, today))) throw notFound('Relationship');
  return { items: (await listSnoozes(db, workspaceId, relationshipId)).map((row) => present(row, today)) };
}
