import { describe, expect, it } from 'vitest';
import { groupByUrgency } from './grouping.js';
import type { KeepInTouchItem } from './keepInTouch.types.js';

const item = (id: string, overdueDays: number, priority: number): KeepInTouchItem => ({
  relationshipId: id,
  partnerId: `p-${id}`,
  partnerName: id,
  purpose: '',
  tier: 'active',
  stage: 'engagement',
  ownerId: null,
  ownerName: null,
  cadenceDays: 30,
  lastContactAt: null,
  nextContactDue: '2026-03-01',
  overdueDays,
  priority,
  healthScore: null,
});

describe('priority grouping', () => {
  it('puts overdue ones first and due ones (today included) after, each in the server order', () => {
    const items = [item('a', 10, 68), item('b', -2, 20), item('c', 20, 54), item('d', 0, 14), item('e', 1, 8)];
    const groups = groupByUrgency(items);
    expect(groups.map((g) => g.key)).toEqual(['overdue', 'week']);
    expect(groups[0]?.items.map((i) => i.relationshipId)).toEqual(['a', 'c', 'e']);
    expect(groups[1]?.items.map((i) => i.relationshipId)).toEqual(['b', 'd']);
  });

  it('leaves empty groups out', () => {
    expect(groupByUrgency([item('a', -1, 24)]).map((g) => g.key)).toEqual(['week']);
    expect(groupByUrgency([])).toEqual([]);
  });
});
