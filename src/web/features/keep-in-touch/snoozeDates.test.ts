import { describe, expect, it } from 'vitest';
import { addMonths, presetUntil, snoozeBounds } from './snoozeDates.js';

describe('snooze dates', () => {
  it('offers one week, two weeks and a month from today', () => {
    expect(presetUntil('week', '2026-03-10', 'gregory')).toBe('2026-03-17');
    expect(presetUntil('twoWeeks', '2026-12-25', 'gregory')).toBe('2027-01-08');
    expect(presetUntil('month', '2026-03-10', 'gregory')).toBe('2026-04-10');
  });

  it('keeps a month within the shorter month', () => {
    expect(addMonths('2026-01-31', 1, 'gregory')).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1, 'gregory')).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1, 'gregory')).toBe('2027-01-15');
  });

  it('counts a Persian month in the Solar Hijri calendar', () => {
    // 1 Farvardin 1405 is 21 March 2026; 1 Ordibehesht is 21 April (Farvardin has 31 days).
    expect(addMonths('2026-03-21', 1, 'persian')).toBe('2026-04-21');
    // 31 Shahrivar 1405 (22 September 2026) + 1 month: Mehr has 30 days, so its last day.
    expect(addMonths('2026-09-22', 1, 'persian')).toBe('2026-10-22');
  });

  it('bounds the date picker as the API does', () => {
    expect(snoozeBounds('2026-03-10')).toEqual({ min: '2026-03-11', max: '2027-03-10' });
  });
});
