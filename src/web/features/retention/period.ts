import { addDays, type CalendarSystem, datePartsIn, shiftMonth } from '../../shared/index.js';

export const PERIODS = ['last30', 'last90', 'quarter'] as const;
export type Period = (typeof PERIODS)[number];

/**
 * The days a period covers, both ends included and ending today: the last 30 or 90 days, or the
 * quarter so far in the user's calendar (in Persian a Solar Hijri quarter: Farvardin–Khordad, …).
 */
export function periodRange(period: Period, today: string, calendar: CalendarSystem): { from: string; to: string } {
  if (period === 'last30') return { from: addDays(today, -29), to: today };
  if (period === 'last90') return { from: addDays(today, -89), to: today };
  const month = datePartsIn(today, calendar).month;
  return { from: shiftMonth(today, calendar, -((month - 1) % 3)), to: today };
}
