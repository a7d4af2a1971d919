import { describe, expect, it } from 'vitest';
import { partnerEdits, toInput } from './conflict.js';
import type { Partner, PartnerInput } from './partners.types.js';

const partner: Partner = {
  id: 'p1',
  type: 'organization',
  name: 'Lotus Co',
  kinds: ['customer', 'supplier'],
  country: 'VN',
  owner: { id: 'u1', name: 'Olivia' },
  profile: {
    business: 'Tea',
    customersServed: '',
    differentiators: '',
    businessSituation: '',
    network: '',
    howWeMet: '',
    notes: '',
  },
  purchaseDeciders: [{ personName: 'An', product: 'Tea' }],
  contacts: [{ id: 'c1', channel: 'email', label: 'work', value: 'a@lotus.vn' }],
  tags: [{ id: 't1', name: 'VIP', color: '#000000', version: 1 }],
  affiliations: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  createdBy: null,
  updatedBy: null,
  deletedAt: null,
  version: 3,
};

const { buildPatch, changedFields, conflicts } = partnerEdits;
const base = toInput(partner);
const edit = (change: Partial<PartnerInput>): PartnerInput => ({ ...base, ...change });

describe('conflict helpers', () => {
  it('turns a partner into form values without ids', () => {
    expect(base.ownerId).toBe('u1');
    expect(base.tagIds).toEqual(['t1']);
    expect(base.contacts).toEqual([{ channel: 'email', label: 'work', value: 'a@lotus.vn' }]);
  });

  it('ignores the order of kinds and tags', () => {
    expect(changedFields(base, edit({ kinds: ['supplier', 'customer'] }))).toEqual([]);
    expect(changedFields(base, edit({ kinds: ['customer'] }))).toEqual(['kinds']);
  });

  it('names profile fields one by one', () => {
    const mine = edit({ profile: { ...base.profile, notes: 'Call back' } });
    expect(changedFields(base, mine)).toEqual(['profile.notes']);
  });

  it('lists what the server changed and where both sides edited', () => {
    const theirs = edit({ name: 'Lotus Ltd', country: 'TH' });
    const mine = edit({ name: 'Lotus Company', contacts: [] });
    expect(conflicts(base, theirs, mine)).toEqual([
      { field: 'name', clash: true },
      { field: 'country', clash: false },
    ]);
  });

  it('does not call an identical edit a clash', () => {
    const same = edit({ name: 'Lotus Ltd' });
    expect(conflicts(base, same, same)).toEqual([{ field: 'name', clash: false }]);
  });

  it('patches only the fields the user changed, over the server profile', () => {
    const theirs = edit({ profile: { ...base.profile, business: 'Coffee' } });
    const mine = edit({ name: 'Lotus Company', profile: { ...base.profile, notes: 'Met at fair' } });
    expect(buildPatch(base, mine, theirs)).toEqual({
      name: 'Lotus Company',
      profile: { ...base.profile, business: 'Coffee', notes: 'Met at fair' },
    });
    expect(buildPatch(base, base)).toEqual({});
  });
});
