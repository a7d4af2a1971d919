/** The five stages a relationship grows through, in order. */
export const STAGES = ['formation', 'planning', 'engagement', 'results', 'realization'] as const;
/** How close a relationship is kept; each tier has its own contact cadence. */
export const TIERS = ['inner_circle', 'active', 'occasional', 'dormant'] as const;
export const STATUSES = ['active', 'paused', 'ended'] as const;
/** The orders of the relationship list (`-` for descending). */
export const SORTS = [
  'partner',
  'updated',
  '-updated',
  'nextContact',
  '-nextContact',
  'value',
  '-value',
  'stage',
  'health',
  '-health',
  'losing_touch',
] as const;
