import type { KeepInTouchItem } from './keepInTouch.types.js';

export type GroupKey = 'overdue' | 'week';

export interface Group {
  key: GroupKey;
  items: KeepInTouchItem[];
}

/**
 * Splits the list into "Overdue" and "Due this week" (today included), the two counts the API
 * answers with. Each group keeps the server's priority order, so an inner-circle partner stays
 * above a dormant one however the pages arrived. Empty groups are left out.
 */
export function groupByUrgency(items: KeepInTouchItem[]): Group[] {
  const groups: Group[] = [
    { key: 'overdue', items: items.filter((item) => item.overdueDays > 0) },
    { key: 'week', items: items.filter((item) => item.overdueDays <= 0) },
  ];
  return groups.filter((group) => group.items.length > 0);
}
