import type { TimelineItem } from './timeline.types.js';

/**
 * Splits a newest-first timeline at now: what is still to come (planned meetings, tasks due later)
 * and what has happened. Both keep the server's order, so "now" sits between them.
 */
export function splitAtNow(
  items: TimelineItem[],
  now: Date = new Date(),
): { upcoming: TimelineItem[]; past: TimelineItem[] } {
  const cut = now.getTime();
  const index = items.findIndex((item) => new Date(item.at).getTime() <= cut);
  if (index === -1) return { upcoming: items, past: [] };
  return { upcoming: items.slice(0, index), past: items.slice(index) };
}
