import { describe, expect, it } from 'vitest';
import { computeHealth, HEALTH_WEIGHTS, type HealthInputs } from './compute.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/**
 * A relationship contacted 47 days ago with a 30-day cadence, two contacts in 90 days (one theirs), four rated,
 * assessed 4 and 3.
 */
const KNOWN: HealthInputs = {
  lastContactAt: daysAgo(47),
  startedAt: daysAgo(400),
  cadenceDays: 30,
  contacts90d: 2,
  inbound90d: 1,
  sentiments: { positive: 2, neutral: 1, negative: 1 },
  value: { canWeHelp: 4, canTheyHelp: 3 },
};

const health = (changes: Partial<HealthInputs> = {}) => computeHealth({ ...KNOWN, ...changes }, NOW);
const points = (changes: Partial<HealthInputs> = {}) =>
  Object.fromEntries(health(changes).components.map((c) => [c.key, c.points]));

describe('computeHealth: the five components on a known data set', () => {
  it('scores each component and sums the points', () => {
    const result = health();
    expect(result.components).toEqual([
      // 30 × (90 − 47) / 60 = 21.5
      {
        key: 'recency',
        weight: 30,
        points: 22,
        facts: { daysSinceContact: 47, daysSinceStart: null, cadenceDays: 30 },
      },
      // 2 of the 3 expected (90 / 30): 13.3
      { key: 'frequency', weight: 20, points: 13, facts: { contacts90d: 2, expected90d: 3, cadenceDays: 30 } },
      // 50% started by them, over the 40% that earns everything
      { key: 'reciprocity', weight: 15, points: 15, facts: { contacts90d: 2, inbound90d: 1, sharePercent: 50 } },
      // (1 + 1 + 0.5 + 0) / 4 × 15 = 9.4
      { key: 'sentiment', weight: 15, points: 9, facts: { rated: 4, positive: 2, neutral: 1, negative: 1 } },
      // (4 + 3 − 2) / 8 × 20 = 12.5
      { key: 'value', weight: 20, points: 13, facts: { canWeHelp: 4, canTheyHelp: 3 } },
    ]);
    expect(result.score).toBe(22 + 13 + 15 + 9 + 13);
  });

  it('weighs 100 in all, and a relationship perfect on every count scores 100', () => {
    expect(Object.values(HEALTH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const perfect = health({
      lastContactAt: daysAgo(1),
      contacts90d: 10,
      inbound90d: 5,
      sentiments: { positive: 10, neutral: 0, negative: 0 },
      value: { canWeHelp: 5, canTheyHelp: 5 },
    });
    expect(perfect.score).toBe(100);
  });
});

describe('computeHealth: recency', () => {
  it('keeps full points up to the cadence, then falls linearly to none at three times the cadence', () => {
    expect(points({ lastContactAt: daysAgo(30) }).recency).toBe(30);
    expect(points({ lastContactAt: daysAgo(31) }).recency).toBe(30); // 29.5
    expect(points({ lastContactAt: daysAgo(60) }).recency).toBe(15);
    expect(points({ lastContactAt: daysAgo(89) }).recency).toBe(1); // 0.5
    expect(points({ lastContactAt: daysAgo(90) }).recency).toBe(0);
    expect(points({ lastContactAt: daysAgo(900) }).recency).toBe(0);
  });

  it('counts whole days elapsed, and a contact later than now (clock skew) as today', () => {
    expect(
      health({ lastContactAt: new Date(daysAgo(47).getTime() - 3_600_000) }).components[0]?.facts.daysSinceContact,
    ).toBe(47);
    expect(health({ lastContactAt: daysAgo(-1) }).components[0]?.facts.daysSinceContact).toBe(0);
  });

  it('with no contact ever, counts from the start: a new relationship is not behind yet, an old silent one is', () => {
    const fresh = health({ lastContactAt: null, startedAt: daysAgo(10), contacts90d: 0, inbound90d: 0 });
    expect(fresh.components[0]).toMatchObject({
      points: 30,
      facts: { daysSinceContact: null, daysSinceStart: 10, cadenceDays: 30 },
    });
    const silent = health({ lastContactAt: null, startedAt: daysAgo(120), contacts90d: 0, inbound90d: 0 });
    expect(silent.components[0]).toMatchObject({ points: 0, facts: { daysSinceContact: null, daysSinceStart: 120 } });
  });
});

describe('computeHealth: frequency and reciprocity', () => {
  it('compares contacts with the norm of the cadence and caps at full points', () => {
    expect(points({ cadenceDays: 14, contacts90d: 3 }).frequency).toBe(9); // 3 of 6.4: 9.3
    expect(points({ cadenceDays: 14, contacts90d: 12 }).frequency).toBe(20);
    // A dormant cadence expects half a contact in 90 days: one is plenty.
    expect(health({ cadenceDays: 180, contacts90d: 1 }).components[1]).toMatchObject({
      points: 20,
      facts: { expected90d: 0.5 },
    });
  });

  it('with no interactions in 90 days, earns neither frequency nor reciprocity', () => {
    const quiet = health({ contacts90d: 0, inbound90d: 0 });
    expect(points({ contacts90d: 0, inbound90d: 0 })).toMatchObject({ frequency: 0, reciprocity: 0 });
    expect(quiet.components[2]?.facts).toEqual({ contacts90d: 0, inbound90d: 0, sharePercent: null });
  });

  it('grows with the share they started up to 40%', () => {
    expect(points({ contacts90d: 10, inbound90d: 0 }).reciprocity).toBe(0);
    expect(points({ contacts90d: 10, inbound90d: 2 }).reciprocity).toBe(8); // 7.5
    expect(points({ contacts90d: 10, inbound90d: 4 }).reciprocity).toBe(15);
    expect(points({ contacts90d: 10, inbound90d: 10 }).reciprocity).toBe(15);
  });
});

describe('computeHealth: sentiment and value', () => {
  it('averages the rated interactions; none rated earns half', () => {
    expect(points({ sentiments: { positive: 0, neutral: 0, negative: 3 } }).sentiment).toBe(0);
    expect(points({ sentiments: { positive: 5, neutral: 0, negative: 0 } }).sentiment).toBe(15);
    expect(health({ sentiments: { positive: 0, neutral: 0, negative: 0 } }).components[3]).toMatchObject({
      points: 8,
      facts: { rated: 0 },
    }); // 7.5
  });

  it('scales both answers from 1 + 1 (nothing) to 5 + 5 (everything); not assessed earns half', () => {
    expect(points({ value: { canWeHelp: 1, canTheyHelp: 1 } }).value).toBe(0);
    expect(points({ value: { canWeHelp: 5, canTheyHelp: 5 } }).value).toBe(20);
    expect(health({ value: null }).components[4]).toEqual({
      key: 'value',
      weight: 20,
      points: 10,
      facts: { canWeHelp: null, canTheyHelp: null },
    });
  });
});
