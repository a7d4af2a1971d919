import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/index.js';
import { discardEdit, fieldEdits, isStale, keepMineEdit, staleCurrent, startEdit } from './versionedEdit.js';

describe('stale versions', () => {
  it('recognises a stale version and its current resource', () => {
    const current = { id: 'r1', version: 4 };
    const error = new ApiError(412, { code: 'stale_version', current } as never, null);
    expect(isStale(error)).toBe(true);
    expect(staleCurrent(error)).toEqual(current);
    expect(staleCurrent(new ApiError(400, { code: 'validation' }, null))).toBeNull();
  });
});

interface Note {
  title: string;
  tags: string[];
}
interface Stored extends Note {
  id: string;
  version: number;
}

// Tags are a set; the title is sent trimmed.
const notes = fieldEdits<Note, keyof Note, Partial<Note>>({
  fields: ['title', 'tags'],
  comparable: (input, field) => JSON.stringify(field === 'tags' ? [...input.tags].sort() : input[field]),
  take: (onto, mine, field) => ({ ...onto, [field]: mine[field] }),
  addToPatch: (patch, mine, field) => ({ ...patch, [field]: field === 'title' ? mine.title.trim() : mine[field] }),
});
const toInput = ({ title, tags }: Stored): Note => ({ title, tags: [...tags] });
const stored: Stored = { id: 'n1', version: 1, title: 'Plan', tags: ['a', 'b'] };

describe('a versioned edit', () => {
  it('patches only what the user changed and lists what the server changed', () => {
    const base = toInput(stored);
    expect(notes.buildPatch(base, { ...base, tags: ['b', 'a'] })).toEqual({});
    expect(notes.buildPatch(base, { ...base, title: ' Plan B ' })).toEqual({ title: 'Plan B' });
    const theirs = { title: 'Their plan', tags: ['c'] };
    expect(notes.conflicts(base, theirs, { ...base, title: 'My plan' })).toEqual([
      { field: 'title', clash: true },
      { field: 'tags', clash: false },
    ]);
  });

  it('keeps my changes over their version and sends them over its version', () => {
    const state = { ...startEdit(stored, toInput), current: { ...stored, version: 2, tags: ['c'] } };
    const mine = { ...state.input, title: 'My plan' };
    const next = keepMineEdit(state, notes, toInput, mine);
    expect(next?.state).toEqual({
      base: { input: { title: 'Plan', tags: ['c'] }, version: 2 },
      input: { title: 'My plan', tags: ['c'] },
      current: null,
    });
    expect(next && notes.buildPatch(next.send.from, next.send.mine)).toEqual({ title: 'My plan' });
    expect(next?.send.version).toBe(2);
  });

  it('starts again from their version when mine is discarded', () => {
    const current = { ...stored, version: 2, title: 'Their plan' };
    const state = { ...startEdit(stored, toInput), input: { title: 'Mine', tags: [] }, current };
    expect(discardEdit(state, toInput)).toEqual(startEdit(current, toInput));
    expect(keepMineEdit(startEdit(stored, toInput), notes, toInput, toInput(stored))).toBeNull();
  });
});
