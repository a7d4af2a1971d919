import { describe, expect, it } from 'vitest';
import { byStartDay, layoutDays, localDayAndMinute } from './layout.js';

const item = (id: string, occurredAt: string, durationMinutes: number | null = 60) => ({
  id,
  occurredAt,
  durationMinutes,
});
const days = ['2026-11-23', '2026-11-24', '2026-11-25'];

describe('calendar layout', () => {
  it('puts an instant on the local day and minute of the user', () => {
    expect(localDayAndMinute('2026-11-23T20:30:00Z', 'Asia/Tehran')).toEqual({ day: '2026-11-24', minute: 0 });
    expect(localDayAndMinute('2026-11-23T20:30:00Z', 'UTC')).toEqual({ day: '2026-11-23', minute: 20 * 60 + 30 });
  });

  it('groups by the local day they start on, in time order', () => {
    const grouped = byStartDay(
      [item('b', '2026-11-23T15:00:00Z'), item('a', '2026-11-23T08:00:00Z'), item('c', '2026-11-23T23:00:00Z')],
      'Asia/Ho_Chi_Minh',
    );
    expect(grouped.get('2026-11-23')?.map((i) => i.id)).toEqual(['a', 'b']);
    expect(grouped.get('2026-11-24')?.map((i) => i.id)).toEqual(['c']);
  });

  it('places blocks by time, with a minimum height for short or open-ended ones', () => {
    const placed = layoutDays(
      [item('a', '2026-11-23T09:00:00Z', 45), item('b', '2026-11-24T14:10:00Z', null)],
      days,
      'UTC',
    );
    expect(placed.get('2026-11-23')?.[0]).toMatchObject({ start: 540, end: 585, lane: 0, lanes: 1 });
    expect(placed.get('2026-11-24')?.[0]).toMatchObject({ start: 850, end: 880 });
    expect(placed.get('2026-11-25')).toEqual([]);
  });

  it('sets overlapping blocks side by side and reuses free lanes', () => {
    const placed =
      layoutDays(
        [
          item('a', '2026-11-23T09:00:00Z', 60),
          item('b', '2026-11-23T09:30:00Z', 60),
          item('c', '2026-11-23T10:00:00Z', 30),
          item('d', '2026-11-23T12:00:00Z'),
        ],
        days,
        'UTC',
      ).get('2026-11-23') ?? [];
    const of = (id: string) => placed.find((p) => p.item.id === id);
    expect(of('a')).toMatchObject({ lane: 0, lanes: 2 });
    expect(of('b')).toMatchObject({ lane: 1, lanes: 2 });
    // Starts when a ends: takes its lane.
    expect(of('c')).toMatchObject({ lane: 0, lanes: 2 });
    // Alone later on: full width.
    expect(of('d')).toMatchObject({ lane: 0, lanes: 1 });
  });

  it('cuts a meeting past midnight into a block per day', () => {
    const placed = layoutDays([item('night', '2026-11-23T22:00:00Z', 180)], days, 'UTC');
    expect(placed.get('2026-11-23')?.[0]).toMatchObject({ start: 1320, end: 1440, continued: false, continues: true });
    expect(placed.get('2026-11-24')?.[0]).toMatchObject({ start: 0, end: 60, continued: true, continues: false });
    // Ending exactly at midnight adds no empty block on the next day.
    const exact = layoutDays([item('late', '2026-11-23T23:00:00Z', 60)], days, 'UTC');
    expect(exact.get('2026-11-24')).toEqual([]);
  });
});
