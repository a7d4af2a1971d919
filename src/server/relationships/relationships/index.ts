export { moveRelationshipsToSurvivor } from './partner-merge.js';
export { relationshipPartRoutes } from './relationship-parts.routes.js';
export {
  LIVE,
  effectiveCadence,
  findMemberIds,
  findRelationship,
  refreshNextContactDue,
} from './relationships.repository.js';
export { relationshipRoutes } from './relationships.routes.js';
export { searchRelationships } from './search.service.js';
export { dayField, relationshipRef } from './relationships.schema.js';
export { findWritable } from './relationships.service.js';
export { relationshipSettingsRoutes } from './settings.routes.js';
export { STAGES, TIERS } from './values.js';
export { followLastContact, followOwnerTimeZone } from './subscribers.js';
export { findRelationshipRefs } from './references.repository.js';
