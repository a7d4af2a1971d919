import { CalendarDate, CalendarDateTime, PersianCalendar } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { ariaLocale, dateTimeToIso, dateToIso, isoToDate, isoToDateTime } from './dateValues.js';

const persian = new PersianCalendar();

describe('date field values', () => {
  it('reads an ISO date as Solar Hijri in Persian: Nowruz 1404 is 21 March 2025', () => {
    const date = isoToDate('2025-03-21', 'fa');
    expect(date?.calendar.identifier).toBe('persian');
    expect([date?.year, date?.month, date?.day]).toEqual([1404, 1, 1]);
  });

  it('writes a Solar Hijri date back as the Gregorian ISO date', () => {
    expect(dateToIso(new CalendarDate(persian, 1404, 1, 1))).toBe('2025-03-21');
    expect(dateToIso(new CalendarDate(persian, 1403, 12, 30))).toBe('2025-03-20');
  });

  it('keeps Gregorian dates in the other languages', () => {
    for (const locale of ['en', 'vi', 'ru'] as const) {
      const date = isoToDate('2025-03-21', locale);
      expect(date?.calendar.identifier).toBe('gregory');
      expect(dateToIso(date)).toBe('2025-03-21');
    }
  });

  it('converts wall times both ways without touching the time', () => {
    const time = isoToDateTime('2025-03-21T09:05', 'fa');
    expect([time?.year, time?.month, time?.day, time?.hour, time?.minute]).toEqual([1404, 1, 1, 9, 5]);
    expect(dateTimeToIso(new CalendarDateTime(persian, 1404, 1, 1, 23, 59))).toBe('2025-03-21T23:59');
    expect(dateTimeToIso(isoToDateTime('2026-12-03T18:30', 'vi'))).toBe('2026-12-03T18:30');
  });

  it('treats empty or malformed text as no date', () => {
    expect(isoToDate('', 'fa')).toBeNull();
    expect(isoToDate('2025-02-30', 'en')).toBeNull();
    expect(isoToDateTime('2025-03-21', 'en')).toBeNull();
    expect(dateToIso(null)).toBe('');
    expect(dateTimeToIso(null)).toBe('');
  });

  it('gives React Aria the Solar Hijri calendar and Persian digits in Persian, day-first elsewhere', () => {
    expect(ariaLocale('fa')).toBe('fa-IR-u-ca-persian-nu-arabext');
    expect(ariaLocale('vi')).toBe('vi-VN');
    expect(ariaLocale('ru')).toBe('ru-RU');
    const format = (tag: string) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC' }).format(new Date('2025-03-21'));
    expect(format(ariaLocale('vi'))).toBe('21/3/2025');
    expect(format(ariaLocale('fa'))).toBe('۱۴۰۴/۱/۱');
  });
});
