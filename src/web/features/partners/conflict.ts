import { fieldEdits } from '../../shared/index.js';
import { knownKinds } from './kinds.js';
import { type Partner, type PartnerInput, PROFILE_FIELDS, type ProfileField } from './partners.types.js';

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
    kinds: knownKinds(partner.kinds),
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

const profileKey = (field: FieldKey) => (field.startsWith('profile.') ? (field.slice(8) as ProfileField) : null);

/**
 * The partner's versioned edit. Profile fields are compared one by one but sent as one `profile`,
 * built over `onto` (the server's current values after a conflict), so nobody else's edits are lost.
 */
export const partnerEdits = fieldEdits<PartnerInput, FieldKey, Partial<PartnerInput>>({
  fields: ALL_FIELDS,
  comparable,
  take: (onto, mine, field) => {
    const key = profileKey(field);
    if (key) return { ...onto, profile: { ...onto.profile, [key]: mine.profile[key] } };
    return { ...onto, [field]: mine[field as ListField] };
  },
  addToPatch: (patch, mine, field, onto) => {
    const key = profileKey(field);
    if (key) return { ...patch, profile: { ...(patch.profile ?? onto.profile), [key]: mine.profile[key] } };
    return { ...patch, [field]: mine[field as ListField] };
  },
});
