import { describe, expect, it } from 'vitest';
import { errorFor } from './fieldErrors.js';

describe('errorFor', () => {
  it('falls back to the first error of an item', () => {
    expect(errorFor({ name: 'Required' }, 'name')).toBe('Required');
    expect(errorFor({ 'tagIds.1': 'Gone' }, 'tagIds')).toBe('Gone');
    expect(errorFor({ tagIdsX: 'No' }, 'tagIds')).toBeUndefined();
  });
});
