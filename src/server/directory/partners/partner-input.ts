import type { Db, PartnerProfile, PartnerType, PurchaseDecider } from '../../platform/db/index.js';
import { AppError, type FieldError, foldText, nameKey, sortKey } from '../../platform/core/index.js';
import { normaliseContacts, phoneSearchForms, type ContactInput, type NormalisedContact } from './contacts.js';
import { findPartnerTypes, type PartnerRowValues } from './partners.repository.js';
import { findTagIds, isMember } from './references.repository.js';

/** Everything a partner write sets, after defaults: what create and update both validate and store. */
export type PartnerDraft = {
  type: PartnerType;
  name: string;
  kinds: string[];
  country: string | null;
  ownerId: string | null;
  profile: Partial<PartnerProfile>;
  purchaseDeciders: PurchaseDecider[];
  contacts: ContactInput[];
  tagIds: string[];
  affiliations: { partnerId: string; title: string }[];
};

export type CheckedDraft = {
  row: PartnerRowValues;
  contacts: NormalisedContact[];
  tagIds: string[];
  affiliations: { partnerId: string; title: string }[];
};

/**
 * Validates what the schema cannot: contact values, and that the owner, tags and affiliated
 * partners belong to this workspace. All problems are reported at once, each naming its field.
 */
export async function checkDraft(
  db: Db,
  workspaceId: string,
  draft: PartnerDraft,
  selfId?: string,
): Promise<CheckedDraft> {
  const { contacts, errors } = normaliseContacts(draft.contacts, draft.country);
  errors.push(...(await referenceErrors(db, workspaceId, draft, selfId)));
  if (errors.length)
    throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  return {
    row: {
      type: draft.type,
      name: draft.name,
      sortName: sortKey(draft.name),
      nameKey: nameKey(draft.name),
      kinds: [...new Set(draft.kinds)],
      country: draft.country,
      ownerId: draft.ownerId,
      profile: draft.profile,
      purchaseDeciders: draft.purchaseDeciders,
      searchText: searchText(draft, contacts),
    },
    contacts,
    tagIds: [...new Set(draft.tagIds)],
    affiliations: draft.affiliations,
  };
}

/** The folded text search looks in: name, contact values (phones also as bare digits), profile, deciders. */
export function searchText(
  draft: Pick<PartnerDraft, 'name' | 'profile' | 'purchaseDeciders'>,
  contacts: NormalisedContact[],
): string {
  const parts = [
    draft.name,
    ...contacts.map((c) =>
      c.channel === 'phone' ? [c.value, ...(c.searchForms ?? phoneSearchForms(c.value))].join(' ') : c.value,
    ),
    ...Object.values(draft.profile),
    ...draft.purchaseDeciders.map((d) => `${d.personName} ${d.product}`),
  ];
  return foldText(parts.filter(Boolean).join(' ')).slice(0, 20000);
}

async function referenceErrors(
  db: Db,
  workspaceId: string,
  draft: PartnerDraft,
  selfId: string | undefined,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (draft.ownerId) {
    if (!(await isMember(db, workspaceId, draft.ownerId)))
      errors.push({ path: 'ownerId', rule: 'not_member', message: 'is not a member of this workspace' });
  }
  if (draft.tagIds.length) {
    const known = await findTagIds(db, workspaceId, draft.tagIds);
    draft.tagIds.forEach(
      (id, i) =>
        known.has(id) ||
        errors.push({ path: `tagIds.${i}`, rule: 'not_found', message: 'is not a tag of this workspace' }),
    );
  }
  if (draft.affiliations.length) {
    const wanted = draft.type === 'person' ? 'organization' : 'person';
    const rows = await findPartnerTypes(
      db,
      workspaceId,
      draft.affiliations.map((a) => a.partnerId),
    );
    const types = new Map(rows.filter((r) => !r.deletedAt).map((r) => [r.id, r.type]));
    draft.affiliations.forEach((a, i) => {
      if (a.partnerId === selfId || types.get(a.partnerId) !== wanted) {
        errors.push({
          path: `affiliations.${i}.partnerId`,
          rule: 'invalid_value',
          message: `must be an ${wanted} of this workspace`,
        });
      }
    });
  }
  return errors;
}
