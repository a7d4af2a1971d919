import { PROFILE_FIELDS, type Partner, type PartnerInput, type ProfileField } from './partners.types.js';

type ListField = Exclude<keyof PartnerInput, 'profile'>;
/** A field of the form, with profile fields one by one. */
export type FieldKey = ListField | `profile.${ProfileField}`;

const TOP_FIELDS: ListField[] = [
  'type',
  'name',
  'kinds',
  'country',
  'ownerId',
  'purchaseDeciders',
  'contacts',
  'tagIds',
  'affiliations',
];

/** The form's values for a partner read from the server. */
export function toInput(partner: Partner): PartnerInput {
  return {
    type: partner.type,
    name: partner.name,
    kinds: [...partner.kinds],
    country: partner.country,
    ownerId: partner.owner?.id ?? null,
    profile: { ...partner.profile },
    purchaseDeciders: partner.purchaseDeciders.map(({ personName, product }) => ({ personName, product })),
    contacts: partner.contacts.map(({ channel, label, value }) => ({ channel, label, value })),
    tagIds: partner.tags.map((tag) => tag.id),
    affiliations: partner.affiliations.map(({ partnerId, title }) => ({ partnerId, title })),
  };
}

// Kinds and tags are sets: their order is not a change.
function comparable(input: PartnerInput, field: FieldKey): string {
  if (field.startsWith('profile.')) return input.profile[field.slice(8) as ProfileField] ?? '';
  const value = input[field as ListField];
  if (field === 'kinds' || field === 'tagIds') return JSON.stringify([...(value as string[])].sort());
  return JSON.stringify(value ?? null);
}

const ALL_FIELDS: FieldKey[] = [...TOP_FIELDS, ...PROFILE_FIELDS.map((f) => `profile.${f}` as const)];

/** The fields whose values differ between two versions of the form. */
export function changedFields(before: PartnerInput, after: PartnerInput): FieldKey[] {
  return ALL_FIELDS.filter((field) => comparable(before, field) !== comparable(after, field));
}

export interface Conflict {
  field: FieldKey;
  /** Whether the user edited this field too (and not to the server's value). */
  clash: boolean;
}

/** What the server changed since the user loaded the partner, marking the fields both sides edited. */
export function conflicts(base: PartnerInput, theirs: PartnerInput, mine: PartnerInput): Conflict[] {
  const edited = new Set(changedFields(base, mine));
  return changedFields(base, theirs).map((field) => ({
    field,
    clash: edited.has(field) && comparable(theirs, field) !== comparable(mine, field),
  }));
}

/**
 * The PATCH body for the user's edits: only the fields they changed from `base`, applied
 * over `onto` (the server's current values after a conflict), so nobody else's edits are lost.
 */
export function buildPatch(base: PartnerInput, mine: PartnerInput, onto: PartnerInput = base): Partial<PartnerInput> {
  const patch: Partial<PartnerInput> = {};
  const profile = { ...onto.profile };
  let profileChanged = false;
  for (const field of changedFields(base, mine)) {
    if (field.startsWith('profile.')) {
      const key = field.slice(8) as ProfileField;
      profile[key] = mine.profile[key];
      profileChanged = true;
    } else {
      Object.assign(patch, { [field]: mine[field as ListField] });
    }
  }
  if (profileChanged) patch.profile = profile;
  return patch;
}
