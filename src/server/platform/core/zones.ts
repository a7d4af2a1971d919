// Wall-clock times in IANA time zones, without a date library: Intl knows every zone's offsets.

/** A wall-clock date and time, as people in one time zone read it. */
export type LocalTime = { year: number; month: number; day: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time of an instant in a time zone (seconds dropped). */
export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Milliseconds the zone's clock is ahead of UTC at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const whole = ms - (((ms % 60_000) + 60_000) % 60_000);
  const parts = formatter(timeZone).formatToParts(new Date(whole));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - whole;
}

/**
 * The instant a wall-clock time names in a zone. Around a daylight-saving change the answer is
 * still one instant: a time the clocks skip (02:30 when they jump from 02:00 to 03:00) moves
 * forward by the jump, and a time that happens twice (when they fall back) is the first one.
 */
export function instantOf(local: LocalTime, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // At most one change happens within a day, so the offsets a day either side are the only two candidates.
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => t + offsetAt(t, timeZone) === wall);
  return new Date(candidates.length ? Math.min(...candidates) : wall - before);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const dateOf = (t: LocalTime) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
