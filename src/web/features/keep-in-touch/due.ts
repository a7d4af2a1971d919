import { daysBetween } from '../../shared/index.js';

/** How a due date reads: overdue by N days, due today, or due in N days (N is never negative). */
export interface DueLabel {
  id: 'due.overdueBy' | 'due.today' | 'due.inDays';
  days: number;
  tone: 'overdue' | 'today' | 'soon';
}

/** Words for the API's `overdueDays` (today − due date). */
export function dueLabel(overdueDays: number): DueLabel {
  if (overdueDays > 0) return { id: 'due.overdueBy', days: overdueDays, tone: 'overdue' };
  if (overdueDays === 0) return { id: 'due.today', days: 0, tone: 'today' };
  return { id: 'due.inDays', days: -overdueDays, tone: 'soon' };
}

/** The colour of a due label: red when overdue, orange today, dimmed later. */
export const DUE_COLORS: Record<DueLabel['tone'], string> = { overdue: 'red', today: 'orange', soon: 'dimmed' };

/** `overdueDays` for a relationship read elsewhere (its page), from its next contact date and the user's today. */
export function overdueDaysOf(nextContactDue: string, today: string): number {
  return daysBetween(nextContactDue, today);
}
