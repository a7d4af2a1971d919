import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { isStale, openItemsOf, staleCurrent } from './problems.js';

describe('relationship problems', () => {
  it('reads the open items of a refused forward move', () => {
    const items = [{ id: 'i1', key: 'formation.needs_analysis', label: null, stage: 'formation' }];
    const error = new ApiError(409, { code: 'checklist_incomplete', openItems: items } as never, null);
    expect(openItemsOf(error)).toEqual(items);
    expect(openItemsOf(new ApiError(409, { code: 'duplicate' }, null))).toBeNull();
    expect(openItemsOf(new Error('x'))).toBeNull();
  });

  it('recognises a stale version and its current resource', () => {
    const current = { id: 'r1', version: 4 };
    const error = new ApiError(412, { code: 'stale_version', current } as never, null);
    expect(isStale(error)).toBe(true);
    expect(staleCurrent(error)).toEqual(current);
    expect(staleCurrent(new ApiError(400, { code: 'validation' }, null))).toBeNull();
  });
});
