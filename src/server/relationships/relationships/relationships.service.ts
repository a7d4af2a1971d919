import type { Db } from '../../platform/db/index.js';
import { type FieldError, newId, notFound, staleError, todayIn } from '../../platform/core/index.js';
import { type Auth, requireVersion } from '../../platform/http/index.js';
import { diffFields, insertAudit } from '../../platform/audit/index.js';
import { KINDS } from '../../directory/partners/index.js';
import { announce } from '../../platform/events/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { insertStageChange } from './history.repository.js';
import { checkDraft, type RelationshipDraft } from './relationship-input.js';
import { presentDetail, presentRelationships } from './relationship-view.js';
import {
  findPartnerRef,
  findRelationship,
  insertRelationship,
  listPartnerRelationships,
  replaceTeam,
  setRelationshipDeleted,
  updateRelationshipRow,
  type RelationshipRow,
} from './relationships.repository.js';
import type { CreateRelationshipInput, RelationshipView, UpdateRelationshipInput } from './relationships.schema.js';

const AUDITED: (keyof RelationshipDraft)[] = [
  'purpose',
  'kinds',
  'ownerId',
  'team',
  'tier',
  'cadenceDays',
  'status',
  'endReason',
  'startedOn',
  'endedOn',
];

export async function getRelationship(db: Db, auth: Auth, workspaceId: string, id: string): Promise<RelationshipView> {
  await requirePermission(db, auth, workspaceId, 'read');
  const row = await findRelationship(db, workspaceId, id, todayIn(auth.user.timeZone));
  if (!row) throw notFound('Relationship');
  return presentDetail(db, row);
}

/** A relationship that may be changed: in the workspace, and neither it nor its partner in the trash. */
export async function findWritable(db: Db, auth: Auth, workspaceId: string, id: string): Promise<RelationshipRow> {
  const row = await findRelationship(db, workspaceId, id, todayIn(auth.user.timeZone));
  if (!row || row.deletedAt || row.partnerDeleted) throw notFound('Relationship');
  return row;
}

export async function createRelationship(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: CreateRelationshipInput,
): Promise<RelationshipView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const today = todayIn(auth.user.timeZone);
  const partner = await findPartnerRef(db, workspaceId, input.partnerId);
  const errors: FieldError[] = [];
  if (!partner || partner.deletedAt)
    errors.push({ path: 'partnerId', rule: 'not_found', message: 'is not a partner of this workspace' });
  const draft = await checkDraft(
    db,
    workspaceId,
    {
      purpose: input.purpose ?? '',
      // Without kinds of its own, a relationship is of the kinds its partner is.
      kinds: [
        ...new Set(input.kinds ?? (partner?.kinds ?? []).filter((k) => (KINDS as readonly string[]).includes(k))),
      ],
      ownerId: input.ownerId === undefined ? auth.user.id : input.ownerId,
      team: input.team ?? [],
      tier: input.tier,
      cadenceDays: input.cadenceDays ?? null,
      status: input.status,
      endReason: input.endReason ?? null,
      startedOn: input.startedOn ?? null,
      endedOn: input.endedOn ?? null,
    },
    input,
    today,
    errors,
  );
  // checkDraft has already refused a missing partner (400 naming partnerId); this narrows the type.
  if (!partner) throw notFound('Partner');
  const id = newId();
  const createdAt = new Date();
  await db.transaction().execute(async (trx) => {
    const { team, ...values } = draft;
    await insertRelationship(trx, {
      ...values,
      workspaceId,
      id,
      partnerId: partner.id,
      partnerSortName: partner.sortName,
      stage: input.stage,
      createdBy: auth.user.id,
      createdAt,
    });
    await replaceTeam(trx, workspaceId, id, team);
    await announce(trx, 'relationships.changed', { workspaceId, relationshipIds: [id], now: createdAt });
    await insertStageChange(trx, {
      workspaceId,
      relationshipId: id,
      fromStage: null,
      toStage: input.stage,
      direction: 'initial',
      changedBy: auth.user.id,
      changedAt: createdAt,
    });
    const changes = {
      partnerId: { before: null, after: partner.id },
      stage: { before: null, after: input.stage },
      ...diffFields(null, draft, AUDITED),
    };
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.create',
      entityType: 'relationship',
      entityId: id,
      changes,
    });
  });
  return getRelationship(db, auth, workspaceId, id);
}

export async function updateRelationship(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: UpdateRelationshipInput,
  headerVersion: number | undefined,
): Promise<RelationshipView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(input.version ?? headerVersion);
  const current = await findWritable(db, auth, workspaceId, id);
  const [view] = await presentRelationships(db, workspaceId, [current]);
  const before: RelationshipDraft = {
    purpose: current.purpose,
    kinds: current.kinds,
    ownerId: current.ownerId,
    team: (view?.team ?? []).map((m) => ({ userId: m.userId, role: m.role })),
    tier: current.tier,
    cadenceDays: current.cadenceDays,
    status: current.status,
    endReason: current.endReason,
    startedOn: current.startedOn,
    endedOn: current.endedOn,
  };
  const { version: _version, ...changes } = input;
  const merged = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  } as RelationshipDraft;
  const draft = await checkDraft(
    db,
    workspaceId,
    { ...merged, kinds: [...new Set(merged.kinds)] },
    changes,
    todayIn(auth.user.timeZone),
  );
  const saved = await db.transaction().execute(async (trx) => {
    const { team, ...values } = draft;
    if (!(await updateRelationshipRow(trx, workspaceId, id, version, { ...values, updatedBy: auth.user.id })))
      return false;
    if (changes.team !== undefined) await replaceTeam(trx, workspaceId, id, team);
    // A tier or cadence change moves the effective cadence, an input of the score; any edit rescores, which is cheap.
    await announce(trx, 'relationships.changed', { workspaceId, relationshipIds: [id] });
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.update',
      entityType: 'relationship',
      entityId: id,
      changes: diffFields(before, draft, AUDITED),
    });
    return true;
  });
  if (!saved) throw await staleRelationship(db, auth, workspaceId, id);
  return getRelationship(db, auth, workspaceId, id);
}

export async function deleteRelationship(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  versionInput: number | undefined,
): Promise<void> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(versionInput);
  await findWritable(db, auth, workspaceId, id);
  const deleted = await db.transaction().execute(async (trx) => {
    if (!(await setRelationshipDeleted(trx, workspaceId, id, new Date(), auth.user.id, version))) return false;
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.delete',
      entityType: 'relationship',
      entityId: id,
      changes: { deletedAt: { before: null, after: 'now' } },
    });
    return true;
  });
  if (!deleted) throw await staleRelationship(db, auth, workspaceId, id);
}

export async function restoreRelationship(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
): Promise<RelationshipView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const current = await findRelationship(db, workspaceId, id, todayIn(auth.user.timeZone));
  if (!current?.deletedAt) throw notFound('Deleted relationship');
  await db.transaction().execute(async (trx) => {
    await setRelationshipDeleted(trx, workspaceId, id, null, auth.user.id);
    // The daily recomputation skips the trash: a restored score is brought up to date at once.
    await announce(trx, 'relationships.changed', { workspaceId, relationshipIds: [id] });
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'relationship.restore',
      entityType: 'relationship',
      entityId: id,
      changes: { deletedAt: { before: current.deletedAt?.toISOString(), after: null } },
    });
  });
  return getRelationship(db, auth, workspaceId, id);
}

/** Every relationship with one partner that is not in the trash, oldest first. */
export async function listRelationshipsOfPartner(
  db: Db,
  auth: Auth,
  workspaceId: string,
  partnerId: string,
): Promise<{ items: RelationshipView[] }> {
  await requirePermission(db, auth, workspaceId, 'read');
  if (!(await findPartnerRef(db, workspaceId, partnerId))) throw notFound('Partner');
  const rows = await listPartnerRelationships(db, workspaceId, partnerId, todayIn(auth.user.timeZone));
  return { items: await presentRelationships(db, workspaceId, rows) };
}

/** The stale-version error, with the relationship as it is now; gone when it or its partner is in the trash. */
export async function staleRelationship(db: Db, auth: Auth, workspaceId: string, id: string) {
  return staleError({
    resource: 'Relationship',
    find: () => findRelationship(db, workspaceId, id, todayIn(auth.user.timeZone)),
    gone: (row) => row.deletedAt !== null || row.partnerDeleted,
    present: (row) => presentDetail(db, row),
  });
}
