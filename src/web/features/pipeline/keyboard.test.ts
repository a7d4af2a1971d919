import type { ClientRect } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { nextColumnPosition } from './keyboard.js';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

const columns: [string, ClientRect][] = [
  ['formation', rect(0, 100, 200, 600)],
  ['planning', rect(210, 100, 200, 600)],
  ['engagement', rect(420, 100, 200, 600)],
];

describe('keyboard moves between columns', () => {
  const card = rect(10, 300, 180, 90);

  it('goes to the nearest column on the side of the arrow, centred, at the same height', () => {
    expect(nextColumnPosition('ArrowRight', card, columns)).toEqual({ x: 220, y: 300 });
    const inPlanning = rect(220, 300, 180, 90);
    expect(nextColumnPosition('ArrowRight', inPlanning, columns)).toEqual({ x: 430, y: 300 });
    expect(nextColumnPosition('ArrowLeft', inPlanning, columns)).toEqual({ x: 10, y: 300 });
  });

  it('stays put at the edge and for other keys', () => {
    expect(nextColumnPosition('ArrowLeft', card, columns)).toBeNull();
    expect(nextColumnPosition('ArrowDown', card, columns)).toBeNull();
  });

  it('keeps the card inside a shorter column', () => {
    const short: [string, ClientRect][] = [['x', rect(300, 100, 200, 150)]];
    expect(nextColumnPosition('ArrowRight', card, short)).toEqual({ x: 310, y: 160 });
  });
});
