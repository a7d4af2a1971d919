import { addDays, type CalendarSystem, monthOf, type MonthRange } from '../../shared/index.js';
import { startOfWeek, type Weekday } from './week.js';

export interface MonthGrid extends MonthRange {
  /** Whole weeks, each seven `YYYY-MM-DD` days, from the week holding the 1st to the week holding the last day. */
  weeks: string[][];
}

/** The month view of `day`'s month: 4 to 6 rows of whole weeks starting on `firstDay`. */
export function monthGrid(day: string, calendar: CalendarSystem, firstDay: Weekday): MonthGrid {
  const month = monthOf(day, calendar);
  const weeks: string[][] = [];
  for (let start = startOfWeek(month.first, firstDay); start <= month.last; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  }
  return { ...month, weeks };
}
