import ICAL from 'ical.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Seconds the zone's clocks are ahead of UTC at an instant, from the runtime's time zone data. */
export function offsetSeconds(timeZone: string, ms: number): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, format);
  }
  const name = format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const [, sign, hours, minutes, seconds] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds ?? 0));
}

/** The wall-clock time an offset makes of an instant, as a floating iCalendar time. */
export function wallTime(ms: number, offset: number): ICAL.Time {
  const wall = new Date(ms + offset * 1000);
  return ICAL.Time.fromData({
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    isDate: false,
  });
}

/** The first minute at which the offset differs from the one at `low`, searched between low and high. */
function transitionBetween(timeZone: string, low: number, high: number): number {
  const before = offsetSeconds(timeZone, low);
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetSeconds(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

function observance(name: 'standard' | 'daylight', start: ICAL.Time, from: number, to: number): ICAL.Component {
  const component = new ICAL.Component(name);
  component.addPropertyWithValue('dtstart', start);
  component.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(from));
  component.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(to));
  return component;
}

/**
 * A VTIMEZONE for an IANA zone that is exact over [from, to]: the offset in force at `from` and
 * every change of offset until `to`, found from the runtime's own zone data (Intl), one observance
 * per change. Calendar programs then place each event exactly as the zone's rules did, without
 * relying on their own copy of the zone database.
 */
export function buildVTimezone(timeZone: string, from: Date, to: Date): ICAL.Component {
  const start = from.getTime() - DAY;
  const end = to.getTime() + DAY;
  const changes: { at: number; from: number; to: number }[] = [];
  let cursor = start;
  let offset = offsetSeconds(timeZone, start);
  // Zones change their offset at most a few times a year and never twice within a day.
  while (cursor < end) {
    const next = Math.min(cursor + DAY, end);
    const nextOffset = offsetSeconds(timeZone, next);
    if (nextOffset !== offset) {
      changes.push({ at: transitionBetween(timeZone, cursor, next), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    cursor = next;
  }
  const initial = offsetSeconds(timeZone, start);
  const component = new ICAL.Component('vtimezone');
  component.addPropertyWithValue('tzid', timeZone);
  component.addSubcomponent(observance(kindOf(timeZone, start, initial), wallTime(start, initial), initial, initial));
  for (const change of changes) {
    component.addSubcomponent(
      observance(kindOf(timeZone, change.at, change.to), wallTime(change.at, change.from), change.from, change.to),
    );
  }
  return component;
}

/**
 * Daylight time is an offset above the year's smaller one (January's or July's: the south has its summer in January).
 */
function kindOf(timeZone: string, ms: number, offset: number): 'standard' | 'daylight' {
  const year = new Date(ms).getUTCFullYear();
  const standard = Math.min(
    offsetSeconds(timeZone, Date.UTC(year, 0, 1)),
    offsetSeconds(timeZone, Date.UTC(year, 6, 1)),
  );
  return offset > standard ? 'daylight' : 'standard';
}
