import type { ClientRect, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';

type Coordinates = { x: number; y: number };

/**
 * Where a card dragged with the keyboard goes on ArrowLeft/ArrowRight: into the nearest column on
 * that side, centred in it, at the same height. Geometry rather than column order, so the arrows
 * follow what is on the screen in right-to-left layouts too. Null: no column on that side.
 */
export function nextColumnPosition(
  key: string,
  dragged: ClientRect,
  columns: Iterable<[UniqueIdentifier, ClientRect]>,
): Coordinates | null {
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return null;
  const centre = dragged.left + dragged.width / 2;
  let best: ClientRect | null = null;
  for (const [, rect] of columns) {
    const middle = rect.left + rect.width / 2;
    const ahead = key === 'ArrowRight' ? middle > centre + 1 : middle < centre - 1;
    if (!ahead) continue;
    if (!best || Math.abs(middle - centre) < Math.abs(best.left + best.width / 2 - centre)) best = rect;
  }
  if (!best) return null;
  const top = Math.min(Math.max(dragged.top, best.top), Math.max(best.top, best.bottom - dragged.height));
  return { x: best.left + (best.width - dragged.width) / 2, y: top };
}

/** dnd-kit's keyboard sensor moves a card column by column; up and down do nothing. */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const dragged = context.collisionRect;
  if (!['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'].includes(event.code)) return undefined;
  event.preventDefault();
  if (!dragged) return currentCoordinates;
  return nextColumnPosition(event.code, dragged, context.droppableRects.entries()) ?? currentCoordinates;
};
