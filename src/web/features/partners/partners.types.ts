import type { BodyOf, ItemOf, ResponseOf, WorkspacePath } from '../../api/index.js';
import type { CHANNELS, KINDS, PARTNER_TYPES } from '../../../shared/values/partners.js';

export type Kind = (typeof KINDS)[number];
export type Channel = (typeof CHANNELS)[number];
export type PartnerType = (typeof PARTNER_TYPES)[number];

export type Partner = ResponseOf<WorkspacePath<'/partners/{partnerId}'>>;
export type PartnerSummary = ItemOf<WorkspacePath<'/partners'>>;
export type Contact = Partner['contacts'][number];
export type PurchaseDecider = Partner['purchaseDeciders'][number];
export type Affiliation = Partner['affiliations'][number];
export type Profile = Partner['profile'];
export type Duplicate = ResponseOf<WorkspacePath<'/partners/check-duplicates'>, 'post'>['duplicates'][number];
export type SavedView = ItemOf<WorkspacePath<'/saved-views'>>;
/** A hit of the search box that is a partner or person (the pickers' choices). */
/** A partner or person a picker offers. */
export type SearchHit = { id: string; type: PartnerType; name: string; snippet: string | null };
export type BulkAction = BodyOf<WorkspacePath<'/partners/bulk'>>['action'];

/** The profile's fields, in the order the form and the page show them. */
export const PROFILE_FIELDS = [
  'business',
  'customersServed',
  'differentiators',
  'businessSituation',
  'network',
  'howWeMet',
  'notes',
] as const satisfies readonly (keyof Profile)[];
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** What the partner form edits: every field present, rows as typed (blank ones are left out when sent). */
export interface PartnerInput {
  type: PartnerType;
  name: string;
  kinds: Kind[];
  country: string | null;
  ownerId: string | null;
  profile: Profile;
  purchaseDeciders: PurchaseDecider[];
  contacts: Omit<Contact, 'id'>[];
  tagIds: string[];
  affiliations: Pick<Affiliation, 'partnerId' | 'title'>[];
}
