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

/**
 * The most contacts of each channel, tags and organisations any live partner of the workspace has:
 * how many numbered columns the CSV needs. Counted over the workspace rather than the filtered
 * list, so the header is known before the first page is read (a filtered file may carry empty columns).
 */
export async function findExportWidths(db: Db, workspaceId: string) {
  const live = db
    .selectFrom('partner')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('deletedAt', 'is', null);
  const [contacts, tags, organizations] = await Promise.all([
    db
      .selectFrom(
        db
          .selectFrom('partnerContact')
          .select(['partnerId', 'channel', (eb) => eb.fn.countAll<number>().as('n')])
          .where('workspaceId', '=', workspaceId)
          .where('partnerId', 'in', live)
          .groupBy(['partnerId', 'channel'])
          .as('c'),
      )
      .select(['c.channel', (eb) => eb.fn.max('c.n').as('n')])
      .groupBy('c.channel')
      .execute(),
    db
      .selectFrom(
        db
          .selectFrom('partnerTag')
          .select(['partnerId', (eb) => eb.fn.countAll<number>().as('n')])
          .where('workspaceId', '=', workspaceId)
          .where('partnerId', 'in', live)
          .groupBy('partnerId')
          .as('t'),
      )
      .select((eb) => eb.fn.max('t.n').as('n'))
      .executeTakeFirst(),
    db
      .selectFrom(
        db
          .selectFrom('affiliation as a')
          .innerJoin('partner as o', (join) =>
            join.onRef('o.workspaceId', '=', 'a.workspaceId').onRef('o.id', '=', 'a.organizationId'),
          )
          .select(['a.personId', (eb) => eb.fn.countAll<number>().as('n')])
          .where('a.workspaceId', '=', workspaceId)
          .where('o.deletedAt', 'is', null)
          .where('a.personId', 'in', live)
          .groupBy('a.personId')
          .as('a'),
      )
      .select((eb) => eb.fn.max('a.n').as('n'))
      .executeTakeFirst(),
  ]);
  return {
    contacts: Object.fromEntries(contacts.map((c) => [c.channel, Number(c.n)])) as Partial<
      Record<'email' | 'phone' | 'address' | 'website' | 'messenger', number>
    >,
    tags: Number(tags?.n ?? 0),
    organizations: Number(organizations?.n ?? 0),
  };
}
