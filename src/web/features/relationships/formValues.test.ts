import { describe, expect, it } from 'vitest';
import { compactInput, emptyInput, relationshipEdits, today, toInput } from './formValues.js';
import type { Relationship, RelationshipInput } from './relationships.types.js';

const relationship: Relationship = {
  id: 'r1',
  version: 2,
  partner: { id: 'p1', name: 'Công ty Hòa Phát', type: 'organization' },
  purpose: 'Joint training programme',
  kinds: ['training', 'customer'],
  owner: { id: 'u1', name: 'Anna' },
  team: [{ userId: 'u2', name: 'Bob', role: 'finance' }],
  stage: 'planning',
  stageEnteredAt: '2026-01-01T00:00:00Z',
  tier: 'active',
  cadenceDays: null,
  effectiveCadenceDays: 30,
  lastContactAt: null,
  nextContactDue: '2026-02-01',
  overdue: false,
  value: null,
  oneSided: false,
  healthScore: null,
  healthDrop30d: null,
  snoozedUntil: null,
  status: 'active',
  endReason: null,
  startedOn: '2026-01-01',
  endedOn: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  deletedAt: null,
};

const { buildPatch, conflicts } = relationshipEdits;
const base = toInput(relationship);
const edit = (change: Partial<RelationshipInput>): RelationshipInput => ({ ...base, ...change });

describe('relationship form values', () => {
  it('starts a new relationship owned by the caller, today', () => {
    expect(today(new Date(2026, 2, 5))).toBe('2026-03-05');
    expect(emptyInput('u1', '2026-03-05')).toMatchObject({
      ownerId: 'u1',
      tier: 'active',
      status: 'active',
      startedOn: '2026-03-05',
    });
  });

  it('leaves out team rows without a member and maps error paths back to rows', () => {
    const input = edit({
      team: [
        { userId: '', role: 'x' },
        { userId: 'u3', role: ' marketing ' },
      ],
    });
    const { body, formPath } = compactInput(input);
    expect(body.team).toEqual([{ userId: 'u3', role: 'marketing' }]);
    expect(formPath('team.0.role')).toBe('team.1.role');
    expect(formPath('purpose')).toBe('purpose');
  });

  it('sends an end reason and date only when ended', () => {
    expect(compactInput(edit({ endReason: 'x', endedOn: '2026-05-01' })).body).toMatchObject({
      endReason: null,
      endedOn: null,
    });
    expect(compactInput(edit({ status: 'ended', endReason: ' done ', endedOn: '2026-05-01' })).body).toMatchObject({
      endReason: 'done',
      endedOn: '2026-05-01',
    });
  });

  it('patches only what changed, ignoring the order of kinds', () => {
    expect(buildPatch(base, edit({ kinds: ['customer', 'training'] }))).toEqual({});
    expect(buildPatch(base, edit({ tier: 'inner_circle', cadenceDays: 7 }))).toEqual({
      tier: 'inner_circle',
      cadenceDays: 7,
    });
  });

  it('lists what the server changed and marks the fields both sides edited', () => {
    const theirs = edit({ purpose: 'Audit', tier: 'dormant' });
    const mine = edit({ purpose: 'Joint audit', ownerId: 'u2' });
    expect(conflicts(base, theirs, mine)).toEqual([
      { field: 'purpose', clash: true },
      { field: 'tier', clash: false },
    ]);
  });
});
