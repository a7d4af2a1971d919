import { describe, expect, it } from 'vitest';
import { trendPath } from './trend.js';

const box = { width: 89, height: 100, rtl: false };

describe('health trend line', () => {
  it('draws steps from the first change to today', () => {
    const path = trendPath(
      [
        { day: '2026-03-01', score: 80 },
        { day: '2026-03-11', score: 60 },
      ],
      '2026-03-31',
      box,
    );
    // 2026-03-01 is 30 days before today: x = 89 − 30.
    expect(path).toBe('M59 20 H69 V40 H89');
  });

  it('orders the points by day and keeps older ones at the left edge', () => {
    const path = trendPath(
      [
        { day: '2026-03-31', score: 50 },
        { day: '2025-01-01', score: 100 },
      ],
      '2026-03-31',
      box,
    );
    expect(path).toBe('M0 0 H89 V50 H89');
  });

  it('runs from right to left in right-to-left languages', () => {
    expect(trendPath([{ day: '2026-03-01', score: 80 }], '2026-03-31', { ...box, rtl: true })).toBe('M30 20 H0');
  });

  it('draws nothing without points', () => {
    expect(trendPath([], '2026-03-31', box)).toBe('');
  });
});
