// The public entry of features/partners: other modules import only this file (layers.js).
export { ContactList } from './ContactList.js';
export { EditPartnerPage } from './EditPartnerPage.js';
export { KindBadges } from './KindBadges.js';
export { knownKinds } from './kinds.js';
export { NewPartnerPage } from './NewPartnerPage.js';
export { useEnumOptions, useOwnerOptions, useTagOptions } from './options.js';
export { PartnerActions } from './PartnerActions.js';
export { PartnerHeader } from './PartnerHeader.js';
export { usePartner, useSearch } from './partners.queries.js';
export type { Kind, Partner, PartnerSummary, PartnerType } from './partners.types.js';
export { PartnersPage } from './PartnersPage.js';
export { ProfileView } from './ProfileView.js';
export { SearchBox } from './SearchBox.js';
export { TypeLabel } from './TypeLabel.js';
