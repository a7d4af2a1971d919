import { describe, expect, it } from 'vitest';
import type { Card } from '../relationships/index.js';
import { appendPage, type Board, byPartner, findCard, movedCard, placeCard } from './board.js';

const card = (id: string, name: string, stage: Card['stage'] = 'formation'): Card => ({
  id,
  version: 1,
  partner: { id: `p-${id}`, name, type: 'organization' },
  owner: null,
  stage,
  tier: 'active',
  oneSided: false,
  overdue: false,
  nextContactDue: '2026-01-01',
  value: null,
});

const board = (): Board => ({
  groupBy: 'stage',
  columns: [
    { key: 'formation', count: 3, items: [card('a', 'Alpha'), card('c', 'Cuong')], nextCursor: 'next' },
    {
      key: 'planning',
      count: 2,
      items: [card('b', 'Beta', 'planning'), card('d', 'Delta', 'planning')],
      nextCursor: null,
    },
    { key: 'engagement', count: 0, items: [], nextCursor: null },
  ],
});

const compare = byPartner('en');
const names = (b: Board, key: string) => b.columns.find((c) => c.key === key)?.items.map((c) => c.partner.name);

describe('board helpers', () => {
  it('moves a card into its new column in partner order and updates both counts', () => {
    const moved = placeCard(board(), movedCard(card('a', 'Alpha'), 'stage', 'planning'), compare);
    expect(names(moved, 'formation')).toEqual(['Cuong']);
    expect(names(moved, 'planning')).toEqual(['Alpha', 'Beta', 'Delta']);
    expect(moved.columns.map((c) => c.count)).toEqual([2, 3, 0]);
    expect(findCard(moved, 'a')?.key).toBe('planning');
  });

  it('only counts a card that sorts after the loaded part of a column with more to come', () => {
    const moved = placeCard(board(), movedCard(card('z', 'Zeta', 'planning'), 'stage', 'formation'), compare);
    expect(names(moved, 'formation')).toEqual(['Alpha', 'Cuong']);
    expect(moved.columns[0]?.count).toBe(4);
    const intoComplete = placeCard(board(), movedCard(card('z', 'Zeta'), 'stage', 'planning'), compare);
    expect(names(intoComplete, 'planning')).toEqual(['Beta', 'Delta', 'Zeta']);
  });

  it('appends a page without repeating cards already shown', () => {
    const next = appendPage(board(), 'formation', { items: [card('c', 'Cuong'), card('e', 'Echo')], nextCursor: null });
    expect(names(next, 'formation')).toEqual(['Alpha', 'Cuong', 'Echo']);
    expect(next.columns[0]?.nextCursor).toBeNull();
  });

  it('groups by tier when the board does', () => {
    const tiers: Board = {
      groupBy: 'tier',
      columns: [
        { key: 'active', count: 1, items: [card('a', 'Alpha')], nextCursor: null },
        { key: 'inner_circle', count: 0, items: [], nextCursor: null },
      ],
    };
    const moved = placeCard(tiers, movedCard(card('a', 'Alpha'), 'tier', 'inner_circle'), compare);
    expect(names(moved, 'inner_circle')).toEqual(['Alpha']);
    expect(moved.columns.map((c) => c.count)).toEqual([0, 1]);
  });
});
