import { describe, expect, it } from 'vitest';
import { assignableRoles, canManageMember, canWrite } from './permissions.js';

describe('partner permissions', () => {
  it('lets everyone but viewers change partners', () => {
    expect(canWrite('owner')).toBe(true);
    expect(canWrite('member')).toBe(true);
    expect(canWrite('viewer')).toBe(false);
  });
});

describe('member permissions', () => {
  it('lets owners manage everyone and admins everyone but owners', () => {
    expect(canManageMember('owner', 'owner')).toBe(true);
    expect(canManageMember('admin', 'owner')).toBe(false);
    expect(canManageMember('admin', 'member')).toBe(true);
    expect(canManageMember('member', 'viewer')).toBe(false);
    expect(canManageMember('viewer', 'viewer')).toBe(false);
  });

  it('offers the owner role only to owners', () => {
    expect(assignableRoles('owner')).toContain('owner');
    expect(assignableRoles('admin')).not.toContain('owner');
    expect(assignableRoles('member')).toEqual([]);
  });
});
