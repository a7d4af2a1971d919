/** The components of a relationship's health score. */
export const HEALTH_COMPONENTS = ['recency', 'frequency', 'reciprocity', 'sentiment', 'value'] as const;
