const MINUTE = 60_000;

/** A job queued once per slot of its period, whichever instance's tick gets there first. */
export type PeriodicJob = { kind: string; everyMinutes: number; maxAttempts?: number };

/**
 * The unique key of the slot `now` falls in, e.g. `health_recompute:2026-11-23` (daily),
 * `relationship_overdue:2026-11-23T14` (hourly), `interaction_upkeep:2026-11-23T14:15`.
 * Slots are counted in UTC from the epoch, so every instance computes the same key.
 */
export function slotKey(kind: string, everyMinutes: number, now: Date): string {
  const period = everyMinutes * MINUTE;
  const start = new Date(Math.floor(now.getTime() / period) * period).toISOString();
  if (everyMinutes % 1440 === 0) return `${kind}:${start.slice(0, 10)}`;
  if (everyMinutes % 60 === 0) return `${kind}:${start.slice(0, 13)}`;
  return `${kind}:${start.slice(0, 16)}`;
}

/** Exponential back-off after a failed attempt: 1, 2, 4 … minutes, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), 60 * MINUTE);
}
