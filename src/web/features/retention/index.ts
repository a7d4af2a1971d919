// The public entry of features/retention: other modules import only this file (layers.js).
export { PERIODS } from './period.js';
export { RetentionCard } from './RetentionCard.js';
export { RetentionSettingsForm } from './RetentionSettingsForm.js';
