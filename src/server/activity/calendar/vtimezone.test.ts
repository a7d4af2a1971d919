import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../platform/core/index.js';
import { buildVTimezone } from './vtimezone.js';

const observances = (zone: ICAL.Component) =>
  zone
    .getAllSubcomponents()
    .map((o) => [
      o.name,
      o.getFirstPropertyValue('dtstart')?.toString(),
      o.getFirstPropertyValue('tzoffsetfrom')?.toString(),
      o.getFirstPropertyValue('tzoffsetto')?.toString(),
    ]);

describe('VTIMEZONE from the runtime zone data', () => {
  it('has the offset at the start and each change in a year, at local time before the change', () => {
    const berlin = buildVTimezone('Europe/Berlin', new Date('2026-01-10T00:00:00Z'), new Date('2026-12-20T00:00:00Z'));
    expect(berlin.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(observances(berlin)).toEqual([
      ['standard', '2026-01-09T01:00:00', '+01:00', '+01:00'],
      ['daylight', '2026-03-29T02:00:00', '+01:00', '+02:00'],
      ['standard', '2026-10-25T03:00:00', '+02:00', '+01:00'],
    ]);
  });

  it('knows the southern summer is daylight time, and a zone without changes has one observance', () => {
    const sydney = buildVTimezone(
      'Australia/Sydney',
      new Date('2026-02-01T00:00:00Z'),
      new Date('2026-11-01T00:00:00Z'),
    );
    expect(observances(sydney)).toEqual([
      ['daylight', '2026-01-31T11:00:00', '+11:00', '+11:00'],
      ['standard', '2026-04-05T03:00:00', '+11:00', '+10:00'],
      ['daylight', '2026-10-04T02:00:00', '+10:00', '+11:00'],
    ]);
    expect(
      observances(
        buildVTimezone('Asia/Ho_Chi_Minh', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')),
      ),
    ).toEqual([['standard', '2025-12-31T07:00:00', '+07:00', '+07:00']]);
  });

  it('places local times as Intl does, on both sides of each change (what a calendar does with DTSTART;TZID)', () => {
    const zone = new ICAL.Timezone({
      component: buildVTimezone('America/New_York', new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z')),
      tzid: 'America/New_York',
    });
    for (const local of [
      '2026-03-08T01:30',
      '2026-03-08T03:30',
      '2026-07-01T08:00',
      '2026-11-01T00:30',
      '2026-11-01T03:00',
      '2026-12-24T18:00',
    ]) {
      const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = local.split(/[-T:]/).map(Number);
      const time = ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false }, zone);
      expect(time.toJSDate().toISOString(), local).toBe(
        instantOf({ year, month, day, hour, minute }, 'America/New_York').toISOString(),
      );
    }
  });
});
