import { describe, expect, it } from 'vitest';
import { changeValue } from './changeValue.js';

describe('changeValue', () => {
  it('shows empty values as a dash', () => {
    expect(changeValue(null)).toBe('—');
    expect(changeValue(undefined)).toBe('—');
    expect(changeValue('')).toBe('—');
  });

  it('shows strings as they are and other values as JSON', () => {
    expect(changeValue('admin')).toBe('admin');
    expect(changeValue(3)).toBe('3');
    expect(changeValue(false)).toBe('false');
    expect(changeValue({ a: 1 })).toBe('{"a":1}');
  });
});
