import type { Db, FieldChanges, Tx } from '../../platform/db/index.js';
import { AppError, newId, notFound, staleError } from '../../platform/core/index.js';
import { type Auth, requireVersion } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { findDuplicates } from './duplicates.js';
import { checkDraft, type CheckedDraft, type PartnerDraft } from './partner-input.js';
import { presentPartner } from './partner-view.js';
import {
  findPartnerRow,
  insertPartner,
  replaceAffiliations,
  replaceContacts,
  replaceTags,
  setDeleted,
  updatePartnerRow,
} from './partners.repository.js';
import type { CreatePartnerInput, PartnerView, UpdatePartnerInput } from './partners.schema.js';

type PartnerRow = NonNullable<Awaited<ReturnType<typeof findPartnerRow>>>;

export async function getPartner(db: Db, auth: Auth, workspaceId: string, id: string): Promise<PartnerView> {
  await requirePermission(db, auth, workspaceId, 'read');
  const row = await findPartnerRow(db, workspaceId, id);
  if (!row) throw notFound('Partner');
  return presentPartner(db, row);
}

export async function createPartner(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: CreatePartnerInput,
): Promise<PartnerView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const draft: PartnerDraft = {
    type: input.type,
    name: input.name,
    kinds: input.kinds,
    country: input.country ?? null,
    ownerId: input.ownerId === undefined ? auth.user.id : input.ownerId,
    profile: input.profile ?? {},
    purchaseDeciders: input.purchaseDeciders ?? [],
    contacts: input.contacts ?? [],
    tagIds: input.tagIds ?? [],
    affiliations: input.affiliations ?? [],
  };
  const checked = await checkDraft(db, workspaceId, draft);
  if (!input.ignoreDuplicates) {
    const duplicates = await findDuplicates(db, workspaceId, {
      nameKey: checked.row.nameKey,
      contacts: checked.contacts,
    });
    if (duplicates.length) {
      throw new AppError(
        'duplicate',
        'A partner with the same name, email, phone or website exists; open or merge it, or create anyway',
        { extra: { duplicates } },
      );
    }
  }
  const row = await db.transaction().execute(async (trx) => {
    const created = await insertPartner(trx, { ...checked.row, workspaceId, id: newId(), createdBy: auth.user.id });
    await writeRelations(trx, workspaceId, created.id, checked);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'partner.create',
      entityType: 'partner',
      entityId: created.id,
      changes: diffDraft(null, { ...draft, contacts: checked.contacts }),
    });
    return created;
  });
  return presentPartner(db, row);
}

export async function updatePartner(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: UpdatePartnerInput,
  headerVersion: number | undefined,
): Promise<PartnerView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(input.version ?? headerVersion);
  const current = await findPartnerRow(db, workspaceId, id);
  if (!current || current.deletedAt) throw notFound('Partner');
  const before = await draftOf(db, current);
  const { version: _v, ...changes } = input;
  const draft: PartnerDraft = {
    ...before,
    ...stripUndefined(changes),
    profile: { ...before.profile, ...changes.profile },
  };
  const checked = await checkDraft(db, workspaceId, draft, id);
  const row = await db.transaction().execute(async (trx) => {
    const updated = await updatePartnerRow(trx, workspaceId, id, version, { ...checked.row, updatedBy: auth.user.id });
    if (!updated) return undefined;
    await writeRelations(trx, workspaceId, id, checked);
    const diff = diffDraft(before, { ...draft, contacts: checked.contacts });
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'partner.update',
      entityType: 'partner',
      entityId: id,
      changes: diff,
    });
    return updated;
  });
  if (!row) throw await stalePartner(db, workspaceId, id);
  return presentPartner(db, row);
}

export async function deletePartner(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  versionInput: number | undefined,
) {
  await requirePermission(db, auth, workspaceId, 'write');
  const version = requireVersion(versionInput);
  const current = await findPartnerRow(db, workspaceId, id);
  if (!current || current.deletedAt) throw notFound('Partner');
  if (current.version !== version) throw await stalePartner(db, workspaceId, id);
  await db.transaction().execute(async (trx) => {
    await setDeleted(trx, workspaceId, [id], new Date(), auth.user.id);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'partner.delete',
      entityType: 'partner',
      entityId: id,
      changes: { deletedAt: { before: null, after: 'now' } },
    });
  });
}

export async function restorePartner(db: Db, auth: Auth, workspaceId: string, id: string): Promise<PartnerView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const current = await findPartnerRow(db, workspaceId, id);
  if (!current?.deletedAt) throw notFound('Deleted partner');
  await db.transaction().execute(async (trx) => {
    await setDeleted(trx, workspaceId, [id], null, auth.user.id);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'partner.restore',
      entityType: 'partner',
      entityId: id,
      changes: { deletedAt: { before: current.deletedAt?.toISOString(), after: null } },
    });
  });
  return getPartner(db, auth, workspaceId, id);
}

export async function writeRelations(trx: Tx, workspaceId: string, id: string, checked: CheckedDraft) {
  await replaceContacts(trx, workspaceId, id, checked.contacts);
  await replaceTags(trx, workspaceId, id, checked.tagIds);
  await replaceAffiliations(trx, workspaceId, id, checked.row.type, checked.affiliations);
}

/** The stored partner as a draft, so an update can merge partial input into it. */
async function draftOf(db: Db, row: PartnerRow): Promise<PartnerDraft> {
  const view = await presentPartner(db, row);
  return {
    type: view.type,
    name: view.name,
    kinds: view.kinds,
    country: view.country,
    ownerId: view.owner?.id ?? null,
    profile: view.profile,
    purchaseDeciders: view.purchaseDeciders,
    contacts: view.contacts.map(({ channel, label, value }) => ({ channel, label, value })),
    tagIds: view.tags.map((t) => t.id),
    affiliations: view.affiliations.map((a) => ({ partnerId: a.partnerId, title: a.title })),
  };
}

/** The stale-version error, with the partner as it is now. */
async function stalePartner(db: Db, workspaceId: string, id: string) {
  return staleError({
    resource: 'Partner',
    find: () => findPartnerRow(db, workspaceId, id),
    gone: (row) => row.deletedAt !== null,
    present: (row) => presentPartner(db, row),
  });
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** Before/after of every changed field; profile fields are reported one by one. */
export function diffDraft(before: PartnerDraft | null, after: PartnerDraft): FieldChanges {
  const flat = (d: PartnerDraft | null): Record<string, unknown> =>
    d
      ? {
          type: d.type,
          name: d.name,
          kinds: d.kinds,
          country: d.country,
          ownerId: d.ownerId,
          ...Object.fromEntries(Object.entries(d.profile).map(([k, v]) => [`profile.${k}`, v || null])),
          purchaseDeciders: d.purchaseDeciders,
          contacts: d.contacts.map((c) => `${c.channel}: ${c.value}`),
          tagIds: d.tagIds,
          affiliations: d.affiliations,
        }
      : {};
  const a = flat(before);
  const b = flat(after);
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key] ?? null;
    const y = b[key] ?? null;
    const empty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);
    if (JSON.stringify(x) !== JSON.stringify(y) && !(empty(x) && empty(y))) changes[key] = { before: x, after: y };
  }
  return changes;
}
