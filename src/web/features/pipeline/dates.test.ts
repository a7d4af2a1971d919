import { describe, expect, it } from 'vitest';
import { daysBefore } from './dates.js';

describe('daysBefore', () => {
  it('counts back across months and leap days', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
    expect(daysBefore('2026-05-30', 89)).toBe('2026-03-02');
  });
});
