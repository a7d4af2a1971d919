import type { Db } from '../../platform/db/index.js';
import type { NormalisedContact } from './contacts.js';
import { findByContactKeys, findByNameKey } from './duplicates.repository.js';

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
    const rows = await findByContactKeys(db, workspaceId, keyed, probe.excludeId);
    for (const row of rows) add(row, KEYED[row.channel] ?? 'email');
  }
  if (probe.nameKey) {
    const rows = await findByNameKey(db, workspaceId, probe.nameKey, probe.excludeId);
    for (const row of rows) add(row, 'name');
  }
  return [...found.values()];
}
