import { toLocalInput } from '../../shared/index.js';

export interface Timed {
  id: string;
  occurredAt: string;
  durationMinutes: number | null;
}

const DAY_MINUTES = 24 * 60;

/** The local day (`YYYY-MM-DD`) and minute of the day at which an instant falls in a time zone. */
export function localDayAndMinute(instant: string | number, timeZone: string): { day: string; minute: number } {
  const local = toLocalInput(new Date(instant), timeZone);
  return { day: local.slice(0, 10), minute: Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16)) };
}

/** Items by the local day they start on, each day in time order. */
export function byStartDay<T extends Timed>(items: T[], timeZone: string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
  for (const item of sorted) {
    const { day } = localDayAndMinute(item.occurredAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return days;
}

export interface Placed<T> {
  item: T;
  /** Minutes after local midnight where the block starts and ends on this day. */
  start: number;
  end: number;
  /** Side-by-side position among the blocks it overlaps: lane 0 … lanes − 1. */
  lane: number;
  lanes: number;
  /** Whether it began on an earlier day / goes on to a later one. */
  continued: boolean;
  continues: boolean;
}

/**
 * The blocks of a week's time grid: each item cut into one block per local day it covers (an item
 * without a duration gets `minMinutes`), and overlapping blocks of a day placed side by side.
 */
export function layoutDays<T extends Timed>(
  items: T[],
  days: string[],
  timeZone: string,
  minMinutes = 30,
): Map<string, Placed<T>[]> {
  const result = new Map<string, Placed<T>[]>(days.map((d) => [d, []]));
  for (const item of items) {
    const begin = localDayAndMinute(item.occurredAt, timeZone);
    const minutes = Math.max(item.durationMinutes ?? 0, 0);
    const finish = localDayAndMinute(Date.parse(item.occurredAt) + minutes * 60_000, timeZone);
    for (const day of days) {
      if (day < begin.day || day > finish.day || (day === finish.day && day !== begin.day && finish.minute === 0))
        continue;
      const start = day === begin.day ? begin.minute : 0;
      const end = day === finish.day ? finish.minute : DAY_MINUTES;
      const shown = Math.min(DAY_MINUTES, Math.max(end, start + minMinutes));
      result.get(day)?.push({
        item,
        start,
        end: shown,
        lane: 0,
        lanes: 1,
        continued: day !== begin.day,
        continues: day !== finish.day,
      });
    }
  }
  for (const blocks of result.values()) placeLanes(blocks);
  return result;
}

/** Puts overlapping blocks side by side: each group of blocks that overlap shares out its width. */
function placeLanes<T extends Timed>(blocks: Placed<T>[]): void {
  blocks.sort((a, b) => a.start - b.start || b.end - a.end || a.item.id.localeCompare(b.item.id));
  let group: Placed<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const close = () => {
    for (const block of group) block.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const block of blocks) {
    if (block.start >= groupEnd) close();
    let lane = laneEnds.findIndex((end) => end <= block.start);
    if (lane === -1) lane = laneEnds.push(block.end) - 1;
    else laneEnds[lane] = block.end;
    block.lane = lane;
    group.push(block);
    groupEnd = Math.max(groupEnd, block.end);
  }
  close();
}
