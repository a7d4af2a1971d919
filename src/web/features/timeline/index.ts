// The public entry of features/timeline: other modules import only this file (layers.js).
export { PartnerTimeline } from './PartnerTimeline.js';
export { Timeline } from './Timeline.js';
