import { describe, expect, it } from 'vitest';
import { addItem, isChanged, moveItem, toBody, toDraft } from './checklistDraft.js';

const saved = toDraft(
  [
    { id: 'formation.needs_analysis', key: 'formation.needs_analysis', label: null },
    { id: 'c1', key: null, label: 'Visit their factory' },
  ],
  (key) => `T(${key})`,
);

describe('checklist draft', () => {
  it('shows a shipped item as its translation and sends it back without a label', () => {
    expect(saved[0]?.text).toBe('T(formation.needs_analysis)');
    expect(toBody(saved)).toEqual([
      { id: 'formation.needs_analysis', label: null },
      { id: 'c1', label: 'Visit their factory' },
    ]);
    expect(isChanged(saved, saved)).toBe(false);
  });

  it('sends a renamed shipped item with its new label, an emptied one as shipped', () => {
    const renamed = saved.map((item, i) => (i === 0 ? { ...item, text: 'Needs written down' } : item));
    expect(toBody(renamed)[0]).toEqual({ id: 'formation.needs_analysis', label: 'Needs written down' });
    const emptied = saved.map((item, i) => (i === 0 ? { ...item, text: ' ' } : item));
    expect(toBody(emptied)[0]).toEqual({ id: 'formation.needs_analysis', label: null });
  });

  it('reorders, adds and removes', () => {
    const swapped = moveItem(saved, 1, -1);
    expect(swapped.map((i) => i.uid)).toEqual(['c1', 'formation.needs_analysis']);
    expect(moveItem(saved, 0, -1)).toBe(saved);
    expect(isChanged(swapped, saved)).toBe(true);
    const added = addItem(saved);
    expect(added).toHaveLength(3);
    expect(toBody([...saved.slice(1), { ...added[2]!, text: ' New ' }])).toEqual([
      { id: 'c1', label: 'Visit their factory' },
      { label: 'New' },
    ]);
  });
});
