export { settlePassedInteractions } from './contact-pending.js';
export { findInteraction, setInteractionsDeleted } from './interactions.repository.js';
export { interactionRoutes } from './interactions.routes.js';
export {
  INTERACTION_KINDS,
  createInteractionBody,
  dayField,
  flag,
  partnerRef,
  personRef,
  relationshipRef,
} from './interactions.schema.js';
export type { CreateInteractionInput } from './interactions.schema.js';
export { prepareInteraction, writeInteractions } from './interactions.service.js';
export type { Actor, InteractionDraft } from './interactions.service.js';
export { interactionIdsChanged, interactionsChanged } from './last-contact.js';
export { materializeDueSeries, scheduleOf } from './materialize.js';
export { occurrencesBetween, type Schedule } from './recurrence.js';
export { moveInteractionsToSurvivor } from './partner-merge.js';
export { searchInteractions } from './search.service.js';
export { seriesRoutes } from './series.routes.js';
export { timelineRoutes } from './timeline.routes.js';
