import { useSearchParams } from 'react-router';
import { addDays, shiftMonth, todayIn } from '../../shared/index.js';
import { monthGrid } from './month.js';
import type { CalendarSettings } from './useCalendarSettings.js';
import { weekDays } from './week.js';

export type CalendarView = 'month' | 'week';

/** A real `YYYY-MM-DD` day (not 2026-02-30). */
function isDay(text: string): boolean {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/**
 * Which month or week the calendar shows, kept in the address (`?view=week&day=2026-11-26&mine=1`)
 * so back, forward and shared links work; the days it covers; and the moves between periods.
 */
export function useCalendarNav(settings: CalendarSettings) {
  const [params, setParams] = useSearchParams();
  const today = todayIn(settings.timeZone);
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'month';
  const requested = params.get('day') ?? '';
  const day = isDay(requested) ? requested : today;
  const mine = params.get('mine') === '1';

  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: false });
  };

  const month = view === 'month' ? monthGrid(day, settings.calendar, settings.week.firstDay) : null;
  const week = weekDays(day, settings.week.firstDay);
  const days = month ? month.weeks.flat() : week;
  const step = (delta: number) =>
    set({ day: view === 'month' ? shiftMonth(day, settings.calendar, delta) : addDays(day, 7 * delta) });

  return {
    view,
    day,
    today,
    mine,
    month,
    week,
    from: days[0] ?? day,
    to: days[days.length - 1] ?? day,
    title: month ? settings.format.monthYear(month.first) : settings.format.range(week[0] ?? day, week[6] ?? day),
    previous: () => step(-1),
    next: () => step(1),
    goToday: () => set({ day: null }),
    show: (nextView: CalendarView, nextDay?: string) =>
      set({ view: nextView === 'week' ? 'week' : null, ...(nextDay ? { day: nextDay } : {}) }),
    setMine: (value: boolean) => set({ mine: value ? '1' : null }),
  };
}

export type CalendarNav = ReturnType<typeof useCalendarNav>;
