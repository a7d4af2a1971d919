import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/index.js';
import { openItemsOf } from './problems.js';

describe('relationship problems', () => {
  it('reads the open items of a refused forward move', () => {
    const items = [{ id: 'i1', key: 'formation.needs_analysis', label: null, stage: 'formation' }];
    const error = new ApiError(409, { code: 'checklist_incomplete', openItems: items } as never, null);
    expect(openItemsOf(error)).toEqual(items);
    expect(openItemsOf(new ApiError(409, { code: 'duplicate' }, null))).toBeNull();
    expect(openItemsOf(new Error('x'))).toBeNull();
  });
});
