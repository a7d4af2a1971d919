import { describe, expect, it } from 'vitest';
import { splitAtNow } from './split.js';
import type { TimelineItem } from './timeline.types.js';

const item = (id: string, at: string) =>
  ({
    type: 'task',
    id,
    at,
    actor: null,
    title: id,
    status: 'open',
    dueOn: null,
    overdue: false,
    owner: null,
    completedAt: null,
    interactionId: null,
    relationshipId: null,
  }) as TimelineItem;

describe('splitAtNow', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('puts what is later than now first, and the rest after', () => {
    const items = [
      item('far', '2026-04-01T00:00:00Z'),
      item('soon', '2026-03-11T00:00:00Z'),
      item('today', '2026-03-10T09:00:00Z'),
      item('old', '2026-01-01T00:00:00Z'),
    ];
    const { upcoming, past } = splitAtNow(items, now);
    expect(upcoming.map((i) => i.id)).toEqual(['far', 'soon']);
    expect(past.map((i) => i.id)).toEqual(['today', 'old']);
  });

  it('handles lists with only one side', () => {
    expect(splitAtNow([item('old', '2026-01-01T00:00:00Z')], now).upcoming).toEqual([]);
    expect(splitAtNow([item('far', '2027-01-01T00:00:00Z')], now).past).toEqual([]);
    expect(splitAtNow([], now)).toEqual({ upcoming: [], past: [] });
  });
});
