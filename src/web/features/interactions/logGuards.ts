import { toInstant } from '../../shared/index.js';
import type { InteractionInput } from './interactions.types.js';

/**
 * Why the quick-log form should not save yet: no date (the API would take "now", which is rarely
 * what a cleared field meant), or a date over a year ahead (most often a mistyped year).
 */
export function occurredAtProblem(input: InteractionInput, now: Date): 'missing' | 'farFuture' | null {
  const instant = toInstant(input.localTime, input.timeZone);
  if (!instant) return 'missing';
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  return Date.parse(instant) > limit.getTime() ? 'farFuture' : null;
}

/** Whether the user changed anything since the dialog opened (then closing it asks first). */
export function hasTyped(input: InteractionInput, initial: InteractionInput): boolean {
  return JSON.stringify(input) !== JSON.stringify(initial);
}
