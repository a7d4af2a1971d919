import {
  type Db,
  nextVersion,
  type PartnerProfile,
  type PartnerTable,
  type PurchaseDecider,
  trashed,
  type Tx,
  type Row,
} from '../../platform/db/index.js';
import { newId } from '../../platform/core/index.js';
import type { NormalisedContact } from './contacts.js';

/** A partner's own columns as the service hands them over; the JSON columns still as values. */
export type PartnerRowValues = Pick<
  Row<'partner'>,
  'type' | 'name' | 'sortName' | 'nameKey' | 'kinds' | 'country' | 'ownerId' | 'searchText'
> & { profile: Partial<PartnerProfile>; purchaseDeciders: PurchaseDecider[] };

export async function insertPartner(
  trx: Tx,
  row: PartnerRowValues & { workspaceId: string; id: string; createdBy: string | null; importId?: string | null },
) {
  return trx
    .insertInto('partner')
    .values({
      ...row,
      updatedBy: row.createdBy,
      profile: JSON.stringify(row.profile),
      purchaseDeciders: JSON.stringify(row.purchaseDeciders),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findPartnerRow(db: Db, workspaceId: string, id: string, options: { lock?: boolean } = {}) {
  let query = db.selectFrom('partner').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Writes the new values only if the row is still at `version`; undefined means someone else changed it. */
export async function updatePartnerRow(
  trx: Tx,
  workspaceId: string,
  id: string,
  version: number,
  values: PartnerRowValues & { updatedBy: string },
) {
  return trx
    .updateTable('partner')
    .set({
      ...values,
      profile: JSON.stringify(values.profile),
      purchaseDeciders: JSON.stringify(values.purchaseDeciders),
      ...nextVersion(),
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function setDeleted(trx: Tx, workspaceId: string, ids: string[], deletedAt: Date | null, userId: string) {
  if (ids.length === 0) return 0;
  const result = await trx
    .updateTable('partner')
    .set(trashed(userId, deletedAt))
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .where('deletedAt', deletedAt ? 'is' : 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listContacts(db: Db, workspaceId: string, partnerIds: string[]) {
  if (partnerIds.length === 0) return [];
  return db
    .selectFrom('partnerContact')
    .select(['id', 'partnerId', 'channel', 'label', 'value', 'valueKey', 'position'])
    .where('workspaceId', '=', workspaceId)
    .where('partnerId', 'in', partnerIds)
    .orderBy('partnerId')
    .orderBy('position')
    .execute();
}

export async function replaceContacts(trx: Tx, workspaceId: string, partnerId: string, contacts: NormalisedContact[]) {
  await trx
    .deleteFrom('partnerContact')
    .where('workspaceId', '=', workspaceId)
    .where('partnerId', '=', partnerId)
    .execute();
  if (contacts.length === 0) return;
  await trx
    .insertInto('partnerContact')
    .values(
      contacts.map((c, position) => ({
        workspaceId,
        id: newId(),
        partnerId,
        channel: c.channel,
        label: c.label,
        value: c.value,
        valueKey: c.valueKey,
        position,
      })),
    )
    .execute();
}

export async function listPartnerTags(db: Db, workspaceId: string, partnerIds: string[]) {
  if (partnerIds.length === 0) return [];
  return db
    .selectFrom('partnerTag')
    .innerJoin('tag', (join) =>
      join.onRef('tag.workspaceId', '=', 'partnerTag.workspaceId').onRef('tag.id', '=', 'partnerTag.tagId'),
    )
    .select(['partnerTag.partnerId', 'tag.id', 'tag.name', 'tag.color', 'tag.version'])
    .where('partnerTag.workspaceId', '=', workspaceId)
    .where('partnerTag.partnerId', 'in', partnerIds)
    .orderBy('tag.nameKey')
    .execute();
}

export async function replaceTags(trx: Tx, workspaceId: string, partnerId: string, tagIds: string[]) {
  await trx
    .deleteFrom('partnerTag')
    .where('workspaceId', '=', workspaceId)
    .where('partnerId', '=', partnerId)
    .execute();
  if (tagIds.length === 0) return;
  await trx
    .insertInto('partnerTag')
    .values([...new Set(tagIds)].map((tagId) => ({ workspaceId, partnerId, tagId })))
    .execute();
}

/** Affiliations seen from one partner: a person's organisations, or an organisation's people. */
export async function listAffiliations(db: Db, workspaceId: string, partnerId: string, type: PartnerTable['type']) {
  const [self, other] =
    type === 'person' ? (['personId', 'organizationId'] as const) : (['organizationId', 'personId'] as const);
  return db
    .selectFrom('affiliation')
    .innerJoin('partner', (join) =>
      join
        .onRef('partner.workspaceId', '=', 'affiliation.workspaceId')
        .onRef('partner.id', '=', `affiliation.${other}`),
    )
    .select([
      `affiliation.${other} as partnerId`,
      'partner.name as partnerName',
      'partner.type as partnerType',
      'affiliation.title',
    ])
    .where('affiliation.workspaceId', '=', workspaceId)
    .where(`affiliation.${self}`, '=', partnerId)
    .where('partner.deletedAt', 'is', null)
    .orderBy('partner.sortName')
    .execute();
}

export async function replaceAffiliations(
  trx: Tx,
  workspaceId: string,
  partnerId: string,
  type: PartnerTable['type'],
  links: { partnerId: string; title: string }[],
) {
  const self = type === 'person' ? 'personId' : 'organizationId';
  await trx.deleteFrom('affiliation').where('workspaceId', '=', workspaceId).where(self, '=', partnerId).execute();
  if (links.length === 0) return;
  await trx
    .insertInto('affiliation')
    .values(
      links.map((l) =>
        type === 'person'
          ? { workspaceId, personId: partnerId, organizationId: l.partnerId, title: l.title }
          : { workspaceId, personId: l.partnerId, organizationId: partnerId, title: l.title },
      ),
    )
    .onConflict((oc) =>
      oc
        .columns(['workspaceId', 'personId', 'organizationId'])
        .doUpdateSet((eb) => ({ title: eb.ref('excluded.title') })),
    )
    .execute();
}

/** Partners of the workspace among `ids` with their type, to check references (affiliations, merges). */
export async function findPartnerTypes(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('partner')
    .select(['id', 'type', 'deletedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}

export async function findUserNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('appUser').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
