import { addDays, type CalendarSystem, datePartsIn, monthOf, shiftMonth } from '../../shared/index.js';

export const SNOOZE_PRESETS = ['week', 'twoWeeks', 'month'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

/** The API's bounds: a snooze ends after today and at most 365 days ahead. */
export const SNOOZE_MAX_DAYS = 365;

/** The first and last day a snooze may run until, for a date input's min and max. */
export function snoozeBounds(today: string): { min: string; max: string } {
  return { min: addDays(today, 1), max: addDays(today, SNOOZE_MAX_DAYS) };
}

/**
 * The same day of the month `months` later in the user's calendar (a Persian month in Persian),
 * or that month's last day when it is shorter (31 January + 1 month → 28 or 29 February).
 */
export function addMonths(day: string, months: number, calendar: CalendarSystem): string {
  const target = monthOf(shiftMonth(day, calendar, months), calendar);
  const wanted = addDays(target.first, datePartsIn(day, calendar).day - 1);
  return wanted > target.last ? target.last : wanted;
}

/** The `until` date of a preset: one week, two weeks or one month from today. */
export function presetUntil(preset: SnoozePreset, today: string, calendar: CalendarSystem): string {
  if (preset === 'week') return addDays(today, 7);
  if (preset === 'twoWeeks') return addDays(today, 14);
  return addMonths(today, 1, calendar);
}
