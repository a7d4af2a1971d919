/** The server's period for stage figures when none is chosen: the 90 days up to today. */
export const DEFAULT_PERIOD_DAYS = 90;

/** The date `days` before a `YYYY-MM-DD` date. */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
