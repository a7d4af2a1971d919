import type { Card, Relationship, Stage, Tier } from '../relationships/index.js';

export type GroupBy = 'stage' | 'tier';

export interface Column {
  key: string;
  count: number;
  items: Card[];
  nextCursor: string | null;
}

export interface Board {
  groupBy: GroupBy;
  columns: Column[];
}

/** The column a card belongs in. */
export function columnOf(card: Pick<Card, 'stage' | 'tier'>, groupBy: GroupBy): string {
  return groupBy === 'stage' ? card.stage : card.tier;
}

/** A board card from a relationship the server answered. */
export function toCard(r: Relationship): Card {
  return {
    id: r.id,
    version: r.version,
    partner: r.partner,
    owner: r.owner,
    stage: r.stage,
    tier: r.tier,
    oneSided: r.oneSided,
    overdue: r.overdue,
    nextContactDue: r.nextContactDue,
    value: r.value,
  };
}

/** Adds a further page to a column, skipping cards it already shows (a card moved in meanwhile). */
export function appendPage(board: Board, key: string, page: { items: Card[]; nextCursor: string | null }): Board {
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.key !== key) return column;
      const seen = new Set(column.items.map((c) => c.id));
      return {
        ...column,
        items: [...column.items, ...page.items.filter((c) => !seen.has(c.id))],
        nextCursor: page.nextCursor,
      };
    }),
  };
}

/** Finds a card and the column showing it. */
export function findCard(board: Board, id: string): { card: Card; key: string } | null {
  for (const column of board.columns) {
    const card = column.items.find((c) => c.id === id);
    if (card) return { card, key: column.key };
  }
  return null;
}

export type Compare = (a: Card, b: Card) => number;

/** Orders cards the way the server does (by partner name), closely enough for cards moved by hand. */
export function byPartner(locale: string): Compare {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return (a, b) => collator.compare(a.partner.name, b.partner.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Puts a card (with its new stage or tier) in the column it now belongs to, in order, and takes it
 * out of the column it was in; counts follow. A card that sorts after the loaded part of a column
 * with more to load is only counted: it arrives with a later page.
 */
export function placeCard(board: Board, card: Card, compare: Compare): Board {
  const target = columnOf(card, board.groupBy);
  const found = findCard(board, card.id);
  return {
    ...board,
    columns: board.columns.map((column) => {
      let { items, count } = column;
      if (found?.key === column.key) {
        items = items.filter((c) => c.id !== card.id);
        count -= 1;
      }
      if (column.key === target) {
        count += 1;
        const index = items.findIndex((c) => compare(card, c) < 0);
        if (index >= 0) items = [...items.slice(0, index), card, ...items.slice(index)];
        else if (column.nextCursor === null) items = [...items, card];
      }
      return items === column.items && count === column.count
        ? column
        : { ...column, items, count: Math.max(0, count) };
    }),
  };
}

/** A card as it will be after a move to a column: its stage or its tier changes. */
export function movedCard(card: Card, groupBy: GroupBy, key: string): Card {
  return groupBy === 'stage' ? { ...card, stage: key as Stage } : { ...card, tier: key as Tier };
}
