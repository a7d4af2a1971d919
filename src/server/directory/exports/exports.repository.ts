import type { Db } from '../../platform/db/index.js';

/** Everything an export writes about these partners, beyond the list row: profile, contacts, tags, organisations. */
export async function findExportDetails(db: Db, workspaceId: string, ids: string[]) {
  if (!ids.length) return { profiles: [], contacts: [], tags: [], organizations: [] };
  const [profiles, contacts, tags, organizations] = await Promise.all([
    db
      .selectFrom('partner')
      .select(['id', 'profile'])
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('partnerContact')
      .select(['partnerId', 'channel', 'label', 'value'])
      .where('workspaceId', '=', workspaceId)
      .where('partnerId', 'in', ids)
      .orderBy('partnerId')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('partnerTag')
      .innerJoin('tag', (join) =>
        join.onRef('tag.workspaceId', '=', 'partnerTag.workspaceId').onRef('tag.id', '=', 'partnerTag.tagId'),
      )
      .select(['partnerTag.partnerId', 'tag.name'])
      .where('partnerTag.workspaceId', '=', workspaceId)
      .where('partnerTag.partnerId', 'in', ids)
      .orderBy('tag.nameKey')
      .execute(),
    db
      .selectFrom('affiliation as a')
      .innerJoin('partner as o', (join) =>
        join.onRef('o.workspaceId', '=', 'a.workspaceId').onRef('o.id', '=', 'a.organizationId'),
      )
      .select(['a.personId', 'o.name', 'a.title'])
      .where('a.workspaceId', '=', workspaceId)
      .where('a.personId', 'in', ids)
      .where('o.deletedAt', 'is', null)
      .orderBy('o.sortName')
      .execute(),
  ]);
  return { profiles, contacts, tags, organizations };
}
