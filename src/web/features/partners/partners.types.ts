export const KINDS = [
  'customer',
  'supplier',
  'manufacturer',
  'it_consultant',
  'auditor',
  'training',
  'distributor',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export const CHANNELS = ['email', 'phone', 'address', 'website', 'messenger'] as const;
export type Channel = (typeof CHANNELS)[number];

export type PartnerType = 'organization' | 'person';

export const PROFILE_FIELDS = [
  'business',
  'customersServed',
  'differentiators',
  'businessSituation',
  'network',
  'howWeMet',
  'notes',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type Profile = Record<ProfileField, string>;

export interface Tag {
  id: string;
  name: string;
  color: string;
  version: number;
}

export interface Contact {
  id?: string;
  channel: Channel;
  label: string;
  value: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface PurchaseDecider {
  personName: string;
  product: string;
}

export interface Affiliation {
  partnerId: string;
  partnerName: string;
  partnerType: PartnerType;
  title: string;
}

export interface Partner {
  id: string;
  type: PartnerType;
  name: string;
  kinds: Kind[];
  country: string | null;
  owner: PersonRef | null;
  profile: Profile;
  purchaseDeciders: PurchaseDecider[];
  contacts: Contact[];
  tags: Tag[];
  affiliations: Affiliation[];
  createdAt: string;
  updatedAt: string;
  createdBy: PersonRef | null;
  updatedBy: PersonRef | null;
  deletedAt: string | null;
  version: number;
}

export interface PartnerSummary {
  id: string;
  type: PartnerType;
  name: string;
  kinds: Kind[];
  country: string | null;
  owner: PersonRef | null;
  tags: Tag[];
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

export type MatchedOn = 'email' | 'phone' | 'website' | 'name';

export interface Duplicate {
  id: string;
  name: string;
  type: PartnerType;
  matchedOn: MatchedOn[];
}

/** The body of POST /partners and (with version) PATCH /partners/:id. */
export interface PartnerInput {
  type: PartnerType;
  name: string;
  kinds: Kind[];
  country: string | null;
  ownerId: string | null;
  profile: Profile;
  purchaseDeciders: PurchaseDecider[];
  contacts: { channel: Channel; label: string; value: string }[];
  tagIds: string[];
  affiliations: { partnerId: string; title: string }[];
}

export interface SavedView {
  id: string;
  name: string;
  query: Record<string, string>;
}

export interface SearchHit {
  id: string;
  type: PartnerType;
  name: string;
  snippet: string | null;
}

export type BulkAction = 'add_tag' | 'remove_tag' | 'set_owner' | 'delete' | 'restore';
