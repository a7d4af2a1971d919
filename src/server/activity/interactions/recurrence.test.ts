import { describe, expect, it } from 'vitest';
import { instantOf, localTimeOf, occurrencesBetween, type Schedule } from './recurrence.js';

const EVER = [new Date('2000-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z')] as const;
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const local = (dates: Date[], timeZone: string) =>
  dates.map((d) => {
    const t = localTimeOf(d, timeZone);
    return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
  });
const schedule = (s: Partial<Schedule> & Pick<Schedule, 'recurrence' | 'startsAt' | 'timeZone'>): Schedule => ({
  interval: 1,
  until: null,
  count: null,
  ...s,
});

describe('recurring meetings: when the occurrences fall', () => {
  it('keeps a weekly meeting at 10:00 in Berlin when the clocks go forward (UTC moves, local time does not)', () => {
    const starts = occurrencesBetween(
      schedule({
        recurrence: 'weekly',
        startsAt: new Date('2026-03-16T09:00:00Z'),
        timeZone: 'Europe/Berlin',
        count: 4,
      }),
      ...EVER,
    );
    expect(iso(starts)).toEqual([
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
    expect(local(starts, 'Europe/Berlin')).toEqual([
      '2026-03-16 10:00',
      '2026-03-23 10:00',
      '2026-03-30 10:00',
      '2026-04-06 10:00',
    ]);
  });

  it('keeps a weekly meeting at 09:00 in New York when the clocks fall back, every second week with an end date', () => {
    const starts = occurrencesBetween(
      schedule({
        recurrence: 'weekly',
        interval: 2,
        startsAt: new Date('2026-10-15T13:00:00Z'),
        timeZone: 'America/New_York',
        until: '2026-11-26',
      }),
      ...EVER,
    );
    expect(local(starts, 'America/New_York')).toEqual([
      '2026-10-15 09:00',
      '2026-10-29 09:00',
      '2026-11-12 09:00',
      '2026-11-26 09:00',
    ]);
    expect(iso(starts)).toEqual([
      '2026-10-15T13:00:00.000Z',
      '2026-10-29T13:00:00.000Z',
      '2026-11-12T14:00:00.000Z',
      '2026-11-26T14:00:00.000Z',
    ]);
  });

  it('puts a monthly meeting on the 31st on the last day of shorter months, and back on the 31st after', () => {
    const starts = occurrencesBetween(
      schedule({
        recurrence: 'monthly',
        startsAt: new Date('2026-01-31T09:00:00Z'),
        timeZone: 'Europe/Berlin',
        count: 6,
      }),
      ...EVER,
    );
    expect(local(starts, 'Europe/Berlin')).toEqual([
      '2026-01-31 10:00',
      '2026-02-28 10:00',
      '2026-03-31 10:00',
      '2026-04-30 10:00',
      '2026-05-31 10:00',
      '2026-06-30 10:00',
    ]);
  });

  it('repeats quarterly on the same day and local time across both changes of the year', () => {
    const starts = occurrencesBetween(
      schedule({
        recurrence: 'quarterly',
        startsAt: new Date('2026-01-15T14:30:00Z'),
        timeZone: 'America/New_York',
        count: 5,
      }),
      ...EVER,
    );
    expect(local(starts, 'America/New_York')).toEqual([
      '2026-01-15 09:30',
      '2026-04-15 09:30',
      '2026-07-15 09:30',
      '2026-10-15 09:30',
      '2027-01-15 09:30',
    ]);
    expect(iso(starts)[1]).toBe('2026-04-15T13:30:00.000Z');
  });

  it('moves a time the clocks skip forward by the jump, and takes the first of a time that happens twice', () => {
    expect(instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    expect(instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(instantOf({ year: 2026, month: 6, day: 1, hour: 9, minute: 0 }, 'Asia/Kathmandu').toISOString()).toBe(
      '2026-06-01T03:15:00.000Z',
    );
    const monthly = occurrencesBetween(
      schedule({
        recurrence: 'monthly',
        startsAt: new Date('2026-02-08T07:30:00Z'),
        timeZone: 'America/New_York',
        count: 3,
      }),
      ...EVER,
    );
    expect(local(monthly, 'America/New_York')).toEqual(['2026-02-08 02:30', '2026-03-08 03:30', '2026-04-08 02:30']);
  });

  it('answers only the occurrences after one instant and up to another, counting from the first', () => {
    const weekly = schedule({
      recurrence: 'weekly',
      startsAt: new Date('2026-01-05T08:00:00Z'),
      timeZone: 'UTC',
      count: 10,
    });
    const window = occurrencesBetween(weekly, new Date('2026-01-12T08:00:00Z'), new Date('2026-02-02T08:00:00Z'));
    expect(iso(window)).toEqual(['2026-01-19T08:00:00.000Z', '2026-01-26T08:00:00.000Z', '2026-02-02T08:00:00.000Z']);
    expect(occurrencesBetween(weekly, new Date('2026-03-09T08:00:00Z'), EVER[1])).toEqual([]);
  });
});
