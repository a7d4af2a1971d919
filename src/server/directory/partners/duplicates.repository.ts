import type { Db } from '../../platform/db/index.js';
import type { NormalisedContact } from './contacts.js';

type Found = { id: string; name: string; type: 'organization' | 'person' };

/**
 * Live partners (at most 20) with a contact of one of these channels and value keys, each row with
 * the channel it matched on; `excludeId` (the partner being edited) left out.
 */
export async function findByContactKeys(
  db: Db,
  workspaceId: string,
  keys: Pick<NormalisedContact, 'channel' | 'valueKey'>[],
  excludeId: string | undefined,
): Promise<(Found & Pick<NormalisedContact, 'channel'>)[]> {
  return db
    .selectFrom('partnerContact as c')
    .innerJoin('partner as p', (join) =>
      join.onRef('p.workspaceId', '=', 'c.workspaceId').onRef('p.id', '=', 'c.partnerId'),
    )
    .select(['p.id', 'p.name', 'p.type', 'c.channel'])
    .where('c.workspaceId', '=', workspaceId)
    .where('p.deletedAt', 'is', null)
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('c.channel', '=', k.channel), eb('c.valueKey', '=', k.valueKey)]))))
    .$if(Boolean(excludeId), (q) => q.where('p.id', '<>', excludeId ?? ''))
    .limit(20)
    .execute();
}

/** Live partners (at most 20) with this normalised name; `excludeId` left out. */
export async function findByNameKey(
  db: Db,
  workspaceId: string,
  nameKey: string,
  excludeId: string | undefined,
): Promise<Found[]> {
  return db
    .selectFrom('partner')
    .select(['id', 'name', 'type'])
    .where('workspaceId', '=', workspaceId)
    .where('nameKey', '=', nameKey)
    .where('deletedAt', 'is', null)
    .$if(Boolean(excludeId), (q) => q.where('id', '<>', excludeId ?? ''))
    .limit(20)
    .execute();
}
