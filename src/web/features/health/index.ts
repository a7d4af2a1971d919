// The public entry of features/health: other modules import only this file (layers.js).
export { HealthBadge } from './HealthBadge.js';
export { HealthCard } from './HealthCard.js';
