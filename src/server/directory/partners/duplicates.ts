import type { Db } from '../../platform/db/database.js';
import type { NormalisedContact } from './contacts.js';

export type MatchReason = 'email' | 'phone' | 'website' | 'name';
export type Duplicate = { id: string; name: string; type: 'organization' | 'person'; matchedOn: MatchReason[] };

const KEYED: Record<string, MatchReason> = { email: 'email', phone: 'phone', website: 'website' };

/**
 * Live partners that look like the one described: same email, phone or website domain, or the
 * same normalised name. Deleted partners are left out (the trash has its own restore).
 */
export async function findDuplicates(
  db: Db,
  workspaceId: string,
  probe: { nameKey?: string | undefined; contacts: NormalisedContact[]; excludeId?: string | undefined },
): Promise<Duplicate[]> {
  const keyed = probe.contacts.filter((c) => c.channel in KEYED && c.valueKey);
  const found = new Map<string, Duplicate>();
  const add = (row: { id: string; name: string; type: 'organization' | 'person' }, reason: MatchReason) => {
    const entry = found.get(row.id) ?? { ...row, matchedOn: [] };
    if (!entry.matchedOn.includes(reason)) entry.matchedOn.push(reason);
    found.set(row.id, entry);
  };
  if (keyed.length) {
    const rows = await db
      .selectFrom('partnerContact as c')
      .innerJoin('partner as p', (join) =>
        join.onRef('p.workspaceId', '=', 'c.workspaceId').onRef('p.id', '=', 'c.partnerId'),
      )
      .select(['p.id', 'p.name', 'p.type', 'c.channel'])
      .where('c.workspaceId', '=', workspaceId)
      .where('p.deletedAt', 'is', null)
      .where((eb) =>
        eb.or(keyed.map((k) => eb.and([eb('c.channel', '=', k.channel), eb('c.valueKey', '=', k.valueKey)]))),
      )
      .$if(Boolean(probe.excludeId), (q) => q.where('p.id', '<>', probe.excludeId ?? ''))
      .limit(20)
      .execute();
    for (const row of rows) add(row, KEYED[row.channel] ?? 'email');
  }
  if (probe.nameKey) {
    const rows = await db
      .selectFrom('partner')
      .select(['id', 'name', 'type'])
      .where('workspaceId', '=', workspaceId)
      .where('nameKey', '=', probe.nameKey)
      .where('deletedAt', 'is', null)
      .$if(Boolean(probe.excludeId), (q) => q.where('id', '<>', probe.excludeId ?? ''))
      .limit(20)
      .execute();
    for (const row of rows) add(row, 'name');
  }
  return [...found.values()];
}
