import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { IntlShape } from 'react-intl';
import type { Card } from '../relationships/index.js';
import { columnOf, type GroupBy } from './board.js';

type Entity = { data: { current?: Record<string, unknown> } } | null;

const cardOf = (entity: Entity) => entity?.data.current?.card as Card | undefined;
const nameOf = (entity: Entity) => cardOf(entity)?.partner.name ?? '';

/** What dnd-kit's live region says while a card is dragged, in the user's language. */
export function boardAnnouncements(intl: IntlShape, groupBy: GroupBy): Announcements {
  const column = (id: string | number | undefined) =>
    id === undefined ? '' : intl.formatMessage({ id: `relationship.${groupBy}.${String(id)}` });
  return {
    onDragStart: ({ active }) => {
      const card = cardOf(active);
      return intl.formatMessage(
        { id: 'board.announce.start' },
        { name: nameOf(active), column: column(card && columnOf(card, groupBy)) },
      );
    },
    // Over its own column right after the pick-up: that message already said so.
    onDragOver: ({ active, over }) => {
      const card = cardOf(active);
      if (over && card && String(over.id) === columnOf(card, groupBy)) return undefined;
      return over
        ? intl.formatMessage({ id: 'board.announce.over' }, { name: nameOf(active), column: column(over.id) })
        : intl.formatMessage({ id: 'board.announce.outside' }, { name: nameOf(active) });
    },
    onDragEnd: ({ active, over }) =>
      over
        ? intl.formatMessage({ id: 'board.announce.drop' }, { name: nameOf(active), column: column(over.id) })
        : intl.formatMessage({ id: 'board.announce.cancel' }, { name: nameOf(active) }),
    onDragCancel: ({ active }) => intl.formatMessage({ id: 'board.announce.cancel' }, { name: nameOf(active) }),
  };
}

/** How to drag with the keyboard, read out when a card's handle gets focus. */
export function boardInstructions(intl: IntlShape): ScreenReaderInstructions {
  return { draggable: intl.formatMessage({ id: 'board.instructions' }) };
}
