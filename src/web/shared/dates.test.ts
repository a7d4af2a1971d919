import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from './dates.js';

describe('task dates', () => {
  it('reads today on the calendar of the user', () => {
    const now = new Date('2026-03-10T20:00:00Z');
    expect(todayIn('UTC', now)).toBe('2026-03-10');
    expect(todayIn('Asia/Ho_Chi_Minh', now)).toBe('2026-03-11');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-03-10');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-12-30', 7)).toBe('2027-01-06');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
