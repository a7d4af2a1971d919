import { describe, expect, it } from 'vitest';
import { canWrite } from './permissions.js';

describe('partner permissions', () => {
  it('lets everyone but viewers change partners', () => {
    expect(canWrite('owner')).toBe(true);
    expect(canWrite('member')).toBe(true);
    expect(canWrite('viewer')).toBe(false);
  });
});
