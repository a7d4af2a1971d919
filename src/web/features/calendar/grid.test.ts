import { describe, expect, it } from 'vitest';
import { datePartsIn, monthOf, shiftMonth } from '../../shared/index.js';
import { monthGrid } from './month.js';
import { FALLBACK_WEEK, intlWeekInfo, startOfWeek, weekdayOf, weekDays } from './week.js';

describe('weeks', () => {
  it('reads ISO weekdays', () => {
    expect(weekdayOf('2026-11-23')).toBe(1); // Monday
    expect(weekdayOf('2026-11-28')).toBe(6); // Saturday
    expect(weekdayOf('2026-11-29')).toBe(7); // Sunday
  });

  it('starts the week on the locale’s first day', () => {
    // Thursday 26 November 2026.
    expect(startOfWeek('2026-11-26', 1)).toBe('2026-11-23'); // Monday
    expect(startOfWeek('2026-11-26', 6)).toBe('2026-11-21'); // Saturday (Iran)
    expect(startOfWeek('2026-11-26', 7)).toBe('2026-11-22'); // Sunday
    // The first day itself starts its own week.
    expect(startOfWeek('2026-11-21', 6)).toBe('2026-11-21');
    expect(startOfWeek('2026-11-20', 6)).toBe('2026-11-14');
  });

  it('lists seven days across a month and a year end', () => {
    expect(weekDays('2026-12-31', 1)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('takes week info from Intl where the engine has it, in either of its shapes', () => {
    const fa = intlWeekInfo('fa-IR');
    // Node and Chromium both know it; the fallback table says the same.
    expect(fa).toEqual({ firstDay: 6, weekend: [5] });
    expect(fa).toEqual(FALLBACK_WEEK.fa);
    expect(intlWeekInfo('ru-RU')?.firstDay).toBe(FALLBACK_WEEK.ru.firstDay);
    expect(intlWeekInfo('vi-VN')?.firstDay).toBe(FALLBACK_WEEK.vi.firstDay);
    expect(intlWeekInfo('en-GB')?.firstDay).toBe(FALLBACK_WEEK.en.firstDay);
    expect(intlWeekInfo('not a tag!')).toBeNull();
  });
});

describe('Gregorian months', () => {
  it('finds the first and last day, leap years included', () => {
    expect(monthOf('2026-02-14', 'gregory')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthOf('2028-02-29', 'gregory')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthOf('2026-12-31', 'gregory')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });

  it('moves by months across a year', () => {
    expect(shiftMonth('2026-12-15', 'gregory', 1)).toBe('2027-01-01');
    expect(shiftMonth('2026-01-31', 'gregory', -1)).toBe('2025-12-01');
    expect(shiftMonth('2026-03-31', 'gregory', -13)).toBe('2025-02-01');
  });

  it('builds whole weeks from the week of the 1st to the week of the last day', () => {
    const grid = monthGrid('2026-11-26', 'gregory', 1);
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks[0]?.[0]).toBe('2026-10-26');
    expect(grid.weeks[5]?.[6]).toBe('2026-12-06');
    // February 2027 starts on a Monday and has 28 days: exactly four rows.
    const february = monthGrid('2027-02-10', 'gregory', 1);
    expect(february.weeks).toHaveLength(4);
    expect(february.weeks[0]?.[0]).toBe('2027-02-01');
    // With Sunday first, the same month needs five.
    expect(monthGrid('2027-02-10', 'gregory', 7).weeks).toHaveLength(5);
  });
});

describe('Solar Hijri months', () => {
  it('reads Persian dates', () => {
    expect(datePartsIn('2026-03-21', 'persian')).toEqual({ year: 1405, month: 1, day: 1 });
    expect(datePartsIn('2026-11-26', 'persian')).toEqual({ year: 1405, month: 9, day: 5 });
  });

  it('follows Persian months, not Gregorian ones', () => {
    // Azar 1405: 22 November – 21 December 2026 (30 days).
    expect(monthOf('2026-11-26', 'persian')).toEqual({ first: '2026-11-22', last: '2026-12-21' });
    // Shahrivar has 31 days, Mehr 30.
    expect(monthOf('2026-09-01', 'persian')).toEqual({ first: '2026-08-23', last: '2026-09-22' });
    expect(monthOf('2026-09-23', 'persian')).toEqual({ first: '2026-09-23', last: '2026-10-22' });
  });

  it('knows Esfand’s length in leap and common years, and the new year', () => {
    expect(monthOf('2025-03-01', 'persian')).toEqual({ first: '2025-02-19', last: '2025-03-20' }); // 1403: 30 days
    expect(monthOf('2026-03-01', 'persian')).toEqual({ first: '2026-02-20', last: '2026-03-20' }); // 1404: 29 days
    expect(shiftMonth('2026-03-10', 'persian', 1)).toBe('2026-03-21'); // Farvardin 1405
    expect(shiftMonth('2026-03-21', 'persian', -1)).toBe('2026-02-20');
  });

  it('builds the grid of a Persian month in Saturday-first weeks', () => {
    const grid = monthGrid('2026-11-26', 'persian', 6);
    expect(grid.first).toBe('2026-11-22');
    // 1 Azar 1405 is a Sunday: the first row starts on Saturday 21 November.
    expect(grid.weeks[0]?.[0]).toBe('2026-11-21');
    expect(grid.weeks.at(-1)?.[6]).toBe('2026-12-25');
    expect(grid.weeks).toHaveLength(5);
    for (const week of grid.weeks) expect(weekdayOf(week[0] ?? '')).toBe(6);
  });
});
