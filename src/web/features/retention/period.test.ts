import { describe, expect, it } from 'vitest';
import { periodRange } from './period.js';

describe('retention periods', () => {
  it('counts the last 30 and 90 days including today', () => {
    expect(periodRange('last30', '2026-03-10', 'gregory')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(periodRange('last90', '2026-03-10', 'gregory')).toEqual({ from: '2025-12-11', to: '2026-03-10' });
  });

  it('starts this quarter on its first day in the Gregorian calendar', () => {
    expect(periodRange('quarter', '2026-03-10', 'gregory')).toEqual({ from: '2026-01-01', to: '2026-03-10' });
    expect(periodRange('quarter', '2026-04-01', 'gregory')).toEqual({ from: '2026-04-01', to: '2026-04-01' });
    expect(periodRange('quarter', '2026-12-31', 'gregory').from).toBe('2026-10-01');
  });

  it('uses the Solar Hijri quarters in Persian', () => {
    // 10 March 2026 is 19 Esfand 1404: the quarter began on 1 Dey 1404 (22 December 2025).
    expect(periodRange('quarter', '2026-03-10', 'persian').from).toBe('2025-12-22');
    // 5 May 2026 is 15 Ordibehesht 1405: the quarter began on 1 Farvardin (21 March).
    expect(periodRange('quarter', '2026-05-05', 'persian').from).toBe('2026-03-21');
  });
});
