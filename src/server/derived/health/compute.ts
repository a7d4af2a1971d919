import type { HealthComponent, HealthComponentKey } from '../../platform/db/index.js';

/** What a relationship's health is computed from (gathered by relationship-health.repository.ts). */
export type HealthInputs = {
  lastContactAt: Date | null;
  /** Its start date, else its creation: what recency counts from while there has been no contact. */
  startedAt: Date;
  /** The effective cadence: the relationship's own, else the workspace's for its tier, else the default. */
  cadenceDays: number;
  /** Interactions concerning it in the 90 days up to now, and how many of those they started. */
  contacts90d: number;
  inbound90d: number;
  /** Sentiments of the latest (at most 10) interactions that have one. */
  sentiments: { positive: number; neutral: number; negative: number };
  /** The latest value assessment (answers 1–5), or null when never assessed. */
  value: { canWeHelp: number; canTheyHelp: number } | null;
};

export type Health = { score: number; components: HealthComponent[] };

/** Weights of the five components; they add up to 100 (docs/keep-in-touch-api.md, Health score). */
export const HEALTH_WEIGHTS: Record<HealthComponentKey, number> = {
  recency: 30,
  frequency: 20,
  reciprocity: 15,
  sentiment: 15,
  value: 20,
};

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 90;
/** Reciprocity earns full points once they started this share of the contacts. */
const FULL_RECIPROCITY = 0.4;
const SENTIMENT_VALUE = { positive: 1, neutral: 0.5, negative: 0 } as const;
/** What a component without data (no sentiment recorded, never assessed) earns: neither good nor bad. */
const UNKNOWN = 0.5;

type Part = { fraction: number; facts: HealthComponent['facts'] };

const round1 = (n: number) => Math.round(n * 10) / 10;
/** Whole points, halves up; the inner rounding removes binary noise (30 × 59/60 is 29.4999…). */
const wholePoints = (n: number) => Math.round(Math.round(n * 1e6) / 1e6);
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** Full points up to the cadence, then linearly down to none at three times the cadence. */
function recency(inputs: HealthInputs, now: Date): Part {
  const anchor = inputs.lastContactAt ?? inputs.startedAt;
  const days = Math.max(0, Math.floor((now.getTime() - anchor.getTime()) / DAY_MS));
  const cadence = inputs.cadenceDays;
  const fraction = days <= cadence ? 1 : clamp01((3 * cadence - days) / (2 * cadence));
  const contacted = inputs.lastContactAt !== null;
  return {
    fraction,
    facts: { daysSinceContact: contacted ? days : null, daysSinceStart: contacted ? null : days, cadenceDays: cadence },
  };
}

/** Contacts in the last 90 days against the cadence's norm (90 / cadence contacts). */
function frequency(inputs: HealthInputs): Part {
  const expected = WINDOW_DAYS / inputs.cadenceDays;
  return {
    fraction: clamp01(inputs.contacts90d / expected),
    facts: { contacts90d: inputs.contacts90d, expected90d: round1(expected), cadenceDays: inputs.cadenceDays },
  };
}

/** The share of the last 90 days' contacts they started; none at all earns nothing (nobody reached out). */
function reciprocity(inputs: HealthInputs): Part {
  const share = inputs.contacts90d > 0 ? inputs.inbound90d / inputs.contacts90d : null;
  return {
    fraction: share === null ? 0 : clamp01(share / FULL_RECIPROCITY),
    facts: {
      contacts90d: inputs.contacts90d,
      inbound90d: inputs.inbound90d,
      sharePercent: share === null ? null : Math.round(share * 100),
    },
  };
}

function sentiment(inputs: HealthInputs): Part {
  const { positive, neutral, negative } = inputs.sentiments;
  const rated = positive + neutral + negative;
  const mean =
    rated === 0
      ? UNKNOWN
      : (positive * SENTIMENT_VALUE.positive +
          neutral * SENTIMENT_VALUE.neutral +
          negative * SENTIMENT_VALUE.negative) /
        rated;
  return { fraction: mean, facts: { rated, positive, neutral, negative } };
}

/** Both answers of the latest assessment: 1 + 1 earns nothing, 5 + 5 everything. */
function value(inputs: HealthInputs): Part {
  const v = inputs.value;
  return {
    fraction: v ? clamp01((v.canWeHelp + v.canTheyHelp - 2) / 8) : UNKNOWN,
    facts: { canWeHelp: v?.canWeHelp ?? null, canTheyHelp: v?.canTheyHelp ?? null },
  };
}

/**
 * The health score (0–100) and its explained components. Each component's points are whole
 * numbers and the score is their sum, so the contributions the app shows add up to what it shows.
 * Pure: `now` is the only clock.
 */
export function computeHealth(inputs: HealthInputs, now: Date): Health {
  const parts: Record<HealthComponentKey, Part> = {
    recency: recency(inputs, now),
    frequency: frequency(inputs),
    reciprocity: reciprocity(inputs),
    sentiment: sentiment(inputs),
    value: value(inputs),
  };
  const components = (Object.keys(HEALTH_WEIGHTS) as HealthComponentKey[]).map((key) => {
    const weight = HEALTH_WEIGHTS[key];
    return { key, weight, points: wholePoints(weight * parts[key].fraction), facts: parts[key].facts };
  });
  return { score: components.reduce((sum, c) => sum + c.points, 0), components };
}
