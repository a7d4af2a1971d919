/** The components of a health score; goals and conflicts join when those features exist. */
export const HEALTH_COMPONENTS = [
  'recency',
  'frequency',
  'reciprocity',
  'sentiment',
  'value',
  'goals',
  'conflicts',
] as const;
export type HealthComponentKey = (typeof HEALTH_COMPONENTS)[number];

export interface HealthComponent {
  key: string;
  weight: number;
  points: number;
  /** points − weight: 0 or negative. */
  contribution: number;
  /** What the points were computed from (e.g. recency: `{ daysSinceContact, cadenceDays }`). */
  facts: Record<string, unknown>;
}

export interface Health {
  score: number;
  computedAt: string | null;
  /** Highest score of the last 30 days minus the current one. */
  drop30d: number;
  components: HealthComponent[];
  /** The last 90 days, one point per day the score changed. */
  trend: { day: string; score: number }[];
}
