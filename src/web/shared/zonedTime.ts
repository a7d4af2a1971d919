const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClock(instant: number, timeZone: string): number[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute')];
}

/** Minutes the zone's clock is ahead of UTC at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = wallClock(instant, timeZone);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** `YYYY-MM-DDTHH:mm` as the clock in a time zone shows an instant (for a datetime-local input). */
export function toLocalInput(value: string | Date, timeZone: string): string {
  const instant = new Date(value).getTime();
  if (Number.isNaN(instant)) return '';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = wallClock(instant, timeZone);
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

/**
 * The instant (ISO, UTC) at which a zone's clock shows a local time, or null when the text is not
 * one. A time the clocks skip (spring forward) moves on by the jump, like the server's series do.
 */
export function toInstant(local: string, timeZone: string): string | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  try {
    // Twice: the offset at the first guess may differ from the offset at the answer (DST).
    const first = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
    const second = asUtc - offsetMinutes(first, timeZone) * 60_000;
    return new Date(Math.max(first, second)).toISOString();
  } catch {
    return null;
  }
}

/** Whether two time zones show the same clock at an instant (no need to show both). */
export function sameClock(value: string, a: string, b: string | undefined): boolean {
  if (!b || a === b) return true;
  try {
    return toLocalInput(value, a) === toLocalInput(value, b);
  } catch {
    return false;
  }
}
