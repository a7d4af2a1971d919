import type { Schema } from '../../api/index.js';

export type Health = Schema<'RelationshipHealth'>;
/** One component's share of the score: `contribution` is points − weight (0 or negative). */
export type HealthComponent = Health['components'][number];
export type HealthComponentKey = HealthComponent['key'];
