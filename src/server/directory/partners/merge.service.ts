import type { Db } from '../../platform/db/index.js';
import { fieldError, notFound } from '../../platform/core/index.js';
import type { Auth } from '../../platform/http/index.js';
import { insertAudit, insertAuditMany } from '../../platform/audit/index.js';
import { announce } from '../../platform/events/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { setMergedInto } from './merge.repository.js';
import { checkDraft, type PartnerDraft } from './partner-input.js';
import { presentPartner } from './partner-view.js';
import { findPartnerRow, setDeleted, updatePartnerRow } from './partners.repository.js';
import type { PartnerView } from './partners.schema.js';
import { writeRelations } from './partners.service.js';

/**
 * Merges partners into a survivor in one transaction: the survivor keeps its values and gains
 * what it lacked (empty profile fields, kinds, contacts, tags, people/organisations, which thereby
 * link to the survivor); the merged ones go to the trash, marked with merged_into.
 */
export async function mergePartners(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: { survivorId: string; mergedIds: string[] },
): Promise<PartnerView> {
  await requirePermission(db, auth, workspaceId, 'write');
  const mergedIds = [...new Set(input.mergedIds)].filter((id) => id !== input.survivorId);
  if (mergedIds.length === 0)
    throw fieldError('mergedIds', 'too_small', 'name at least one other partner to merge', { minimum: 1 });
  const survivor = await findPartnerRow(db, workspaceId, input.survivorId);
  if (!survivor || survivor.deletedAt) throw notFound('Partner');
  const views = [await presentPartner(db, survivor)];
  for (const [index, id] of mergedIds.entries()) {
    const row = await findPartnerRow(db, workspaceId, id);
    if (!row || row.deletedAt)
      throw fieldError(`mergedIds.${index}`, 'not_found', 'is not a partner of this workspace');
    if (row.type !== survivor.type)
      throw fieldError(`mergedIds.${index}`, 'invalid_value', 'must be of the same type as the survivor');
    views.push(await presentPartner(db, row));
  }
  const checked = await checkDraft(db, workspaceId, combine(views, mergedIds), survivor.id);
  await db.transaction().execute(async (trx) => {
    const updated = await updatePartnerRow(trx, workspaceId, survivor.id, survivor.version, {
      ...checked.row,
      updatedBy: auth.user.id,
    });
    if (!updated) throw notFound('Partner');
    await writeRelations(trx, workspaceId, survivor.id, checked);
    // What hangs off the merged partners (relationships, then interactions and tasks) follows them.
    await announce(trx, 'partners.merged', { workspaceId, mergedIds, survivorId: survivor.id, actorId: auth.user.id });
    await setDeleted(trx, workspaceId, mergedIds, new Date(), auth.user.id);
    await setMergedInto(trx, workspaceId, mergedIds, survivor.id);
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'partner.merge',
      entityType: 'partner',
      entityId: survivor.id,
      changes: { merged: { before: null, after: mergedIds } },
    });
    await insertAuditMany(
      trx,
      mergedIds.map((id) => ({
        workspaceId,
        actorId: auth.user.id,
        action: 'partner.merged_into',
        entityType: 'partner',
        entityId: id,
        changes: { mergedInto: { before: null, after: survivor.id } },
      })),
    );
  });
  const row = await findPartnerRow(db, workspaceId, survivor.id);
  if (!row) throw notFound('Partner');
  return presentPartner(db, row);
}

function combine(views: PartnerView[], mergedIds: string[]): PartnerDraft {
  const [first, ...rest] = views;
  if (!first) throw new Error('no survivor');
  const profile = { ...first.profile };
  for (const view of rest) {
    for (const [key, value] of Object.entries(view.profile) as [keyof typeof profile, string][])
      if (!profile[key] && value) profile[key] = value;
  }
  const contacts = uniqueBy(
    views.flatMap((v) => v.contacts.map(({ channel, label, value }) => ({ channel, label, value }))),
    (c) => `${c.channel}:${c.value.toLowerCase()}`,
  );
  const affiliations = uniqueBy(
    views
      .flatMap((v) => v.affiliations.map((a) => ({ partnerId: a.partnerId, title: a.title })))
      .filter((a) => !mergedIds.includes(a.partnerId) && a.partnerId !== first.id),
    (a) => a.partnerId,
  );
  return {
    type: first.type,
    name: first.name,
    kinds: [...new Set(views.flatMap((v) => v.kinds))],
    country: first.country ?? rest.find((v) => v.country)?.country ?? null,
    ownerId: first.owner?.id ?? rest.find((v) => v.owner)?.owner?.id ?? null,
    profile,
    purchaseDeciders: uniqueBy(
      views.flatMap((v) => v.purchaseDeciders),
      (d) => `${d.personName}|${d.product}`,
    ),
    contacts,
    tagIds: [...new Set(views.flatMap((v) => v.tags.map((t) => t.id)))],
    affiliations,
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
