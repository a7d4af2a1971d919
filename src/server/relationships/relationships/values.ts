import type { Stage, Tier } from '../../platform/db/index.js';
import { STAGES, STATUSES, TIERS } from '../../../shared/values/relationships.js';

/** The five stages a relationship grows through, in order (DOMAIN.md, Relationship / partnership). */
export { STAGES, STATUSES, TIERS };

/** Days between contacts for each tier unless the workspace or the relationship says otherwise. */
export const DEFAULT_CADENCE_DAYS: Record<Tier, number> = {
  inner_circle: 14,
  active: 30,
  occasional: 90,
  dormant: 180,
};

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stages a forward move leaves behind: the current one and every one it jumps over. */
export function stagesPassed(from: Stage, to: Stage): Stage[] {
  return STAGES.slice(stageIndex(from), stageIndex(to));
}
