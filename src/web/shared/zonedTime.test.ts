import { describe, expect, it } from 'vitest';
import { sameClock, toInstant, toLocalInput } from './zonedTime.js';

describe('toLocalInput', () => {
  it('shows an instant on the clock of a zone', () => {
    expect(toLocalInput('2026-03-10T07:00:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('2026-03-10T14:00');
    expect(toLocalInput('2026-03-10T07:00:00.000Z', 'Asia/Tehran')).toBe('2026-03-10T10:30');
    expect(toLocalInput('2026-12-31T23:30:00.000Z', 'Europe/Moscow')).toBe('2027-01-01T02:30');
  });

  it('is empty for something that is not a date', () => {
    expect(toLocalInput('soon', 'UTC')).toBe('');
  });
});

describe('toInstant', () => {
  it('turns a local time in a zone into UTC', () => {
    expect(toInstant('2026-03-10T14:00', 'Asia/Ho_Chi_Minh')).toBe('2026-03-10T07:00:00.000Z');
    expect(toInstant('2026-03-10T10:30', 'Asia/Tehran')).toBe('2026-03-10T07:00:00.000Z');
    expect(toInstant('2026-01-15T09:00', 'UTC')).toBe('2026-01-15T09:00:00.000Z');
  });

  it('follows daylight saving time on both sides of the change', () => {
    // Berlin: UTC+1 in winter, UTC+2 from 29 March 2026.
    expect(toInstant('2026-03-28T10:00', 'Europe/Berlin')).toBe('2026-03-28T09:00:00.000Z');
    expect(toInstant('2026-03-30T10:00', 'Europe/Berlin')).toBe('2026-03-30T08:00:00.000Z');
    // 02:30 does not exist that night: it moves on by the hour the clocks jump.
    expect(toInstant('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('round-trips with toLocalInput', () => {
    const instant = toInstant('2026-07-04T18:45', 'America/New_York');
    expect(instant).toBe('2026-07-04T22:45:00.000Z');
    expect(toLocalInput(instant ?? '', 'America/New_York')).toBe('2026-07-04T18:45');
  });

  it('is null for text that is not a local time or a zone that does not exist', () => {
    expect(toInstant('2026-07-04', 'UTC')).toBeNull();
    expect(toInstant('2026-07-04T18:45', 'Mars/Olympus')).toBeNull();
  });
});

describe('sameClock', () => {
  it('tells whether two zones show the same time', () => {
    expect(sameClock('2026-03-10T07:00:00Z', 'Asia/Ho_Chi_Minh', 'Asia/Bangkok')).toBe(true);
    expect(sameClock('2026-03-10T07:00:00Z', 'Asia/Ho_Chi_Minh', 'Europe/Moscow')).toBe(false);
    expect(sameClock('2026-03-10T07:00:00Z', 'UTC', undefined)).toBe(true);
  });
});
