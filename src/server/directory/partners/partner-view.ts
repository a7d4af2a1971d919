import type { Db, PartnerProfile } from '../../platform/db/index.js';
import {
  findPartnerRow,
  findUserNames,
  listAffiliations,
  listContacts,
  listPartnerTags,
} from './partners.repository.js';
import type { PartnerView } from './partners.schema.js';

type PartnerRow = NonNullable<Awaited<ReturnType<typeof findPartnerRow>>>;

const EMPTY_PROFILE: PartnerProfile = {
  business: '',
  customersServed: '',
  differentiators: '',
  businessSituation: '',
  network: '',
  howWeMet: '',
  notes: '',
};

/** The whole partner as the API shows it: row, contacts, tags, affiliations and people's names. */
export async function presentPartner(db: Db, row: PartnerRow): Promise<PartnerView> {
  const [contacts, tags, affiliations, names] = await Promise.all([
    listContacts(db, row.workspaceId, [row.id]),
    listPartnerTags(db, row.workspaceId, [row.id]),
    listAffiliations(db, row.workspaceId, row.id, row.type),
    findUserNames(db, [row.ownerId, row.createdBy, row.updatedBy]),
  ]);
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    kinds: row.kinds,
    country: row.country,
    owner: person(row.ownerId),
    profile: { ...EMPTY_PROFILE, ...row.profile },
    purchaseDeciders: row.purchaseDeciders,
    contacts: contacts.map((c) => ({ id: c.id, channel: c.channel, label: c.label, value: c.value })),
    tags: tags.map((t) => ({ id: t.id, name: t.name, color: t.color, version: t.version })),
    affiliations,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: person(row.createdBy),
    updatedBy: person(row.updatedBy),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    version: row.version,
  };
}
