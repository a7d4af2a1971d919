import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatNumber,
  formatPercent,
  formatSigned,
  intlTag,
  retryMinutes,
} from './format.js';

const PERSIAN_DIGITS = /[۰-۹]/;
const LATIN_DIGITS = /[0-9]/;
const instant = '2025-01-15T10:30:00Z';

describe('formatDateTime', () => {
  it('uses the Solar Hijri calendar and Persian digits for fa', () => {
    const text = formatDateTime(instant, 'fa', 'UTC');
    expect(text).toMatch(PERSIAN_DIGITS);
    expect(text).not.toMatch(LATIN_DIGITS);
    // 15 January 2025 is 26 Dey 1403.
    expect(text).toContain('۱۴۰۳');
    expect(text).toContain('دی');
  });

  it('formats English, Vietnamese and Russian with Latin digits', () => {
    expect(formatDateTime(instant, 'en', 'UTC')).toContain('2025');
    expect(formatDateTime(instant, 'en', 'UTC')).toContain('10:30');
    expect(formatDateTime(instant, 'vi', 'UTC')).toContain('2025');
    expect(formatDateTime(instant, 'ru', 'UTC')).toMatch(/янв/);
  });

  it('applies the time zone', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Ho_Chi_Minh')).toContain('17:30');
    expect(formatDateTime(instant, 'en', 'Asia/Tehran')).toContain('14:00');
  });

  it('ignores an unknown time zone instead of throwing', () => {
    expect(() => formatDateTime(instant, 'en', 'Mars/Olympus')).not.toThrow();
  });

  it('returns the input unchanged when it is not a date', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('formatDate', () => {
  it('writes the month name in the language', () => {
    expect(formatDate(instant, 'en', 'UTC')).toBe('15 January 2025');
    expect(formatDate(instant, 'ru', 'UTC')).toContain('января');
    expect(formatDate(instant, 'vi', 'UTC')).toContain('2025');
    expect(formatDate(instant, 'fa', 'UTC')).toContain('۱۴۰۳');
  });
});

describe('formatDay', () => {
  it('keeps a date without time on its day, in the Solar Hijri calendar for fa', () => {
    expect(formatDay('2025-01-15', 'en')).toBe('15 January 2025');
    // 1 Farvardin 1404 (Nowruz) is 21 March 2025.
    expect(formatDay('2025-03-21', 'fa')).toContain('۱۴۰۴');
    expect(formatDay('2025-03-21', 'fa')).toContain('فروردین');
  });
});

describe('formatPercent', () => {
  it('writes shares as whole percentages in the locale', () => {
    expect(formatPercent(0.426, 'en')).toBe('43%');
    expect(formatPercent(0.5, 'ru').replace(/\s/g, ' ')).toBe('50 %');
    expect(formatPercent(0.5, 'fa')).toContain('۵۰');
  });
});

describe('formatNumber', () => {
  it('groups digits per locale', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'ru').replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber(1234567, 'fa')).toMatch(/^۱.۲۳۴.۵۶۷$/);
  });
});

describe('intlTag and retryMinutes', () => {
  it('maps locales to Intl tags', () => {
    expect(intlTag('fa')).toBe('fa-IR');
    expect(intlTag('vi')).toBe('vi-VN');
  });

  it('rounds Retry-After seconds up to whole minutes', () => {
    expect(retryMinutes(1)).toBe(1);
    expect(retryMinutes(60)).toBe(1);
    expect(retryMinutes(61)).toBe(2);
    expect(retryMinutes(900)).toBe(15);
  });
});

describe('formatSigned', () => {
  it('writes a change with a true minus sign, a plus, or a bare zero', () => {
    expect(formatSigned(-12, 'en')).toBe('\u221212');
    expect(formatSigned(3, 'en')).toBe('+3');
    expect(formatSigned(0, 'ru')).toBe('0');
    expect(formatSigned(-12, 'fa')).toMatch(/\u2212۱۲/);
  });
});
