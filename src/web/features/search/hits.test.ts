import { describe, expect, it } from 'vitest';
import { groupHits, hitPath } from './hits.js';
import type { GlobalHit } from './search.queries.js';

const W = 'w1';
const hit = (type: GlobalHit['type'], id: string, links: Partial<GlobalHit> = {}): GlobalHit => ({
  id,
  type,
  name: id,
  snippet: null,
  partnerId: null,
  relationshipId: null,
  interactionId: null,
  stage: null,
  interactionKind: null,
  occurredAt: null,
  partnerName: null,
  dueOn: null,
  status: null,
  ...links,
});

describe('search hits', () => {
  it('groups by kind in the header’s order, leaving out empty kinds', () => {
    const groups = groupHits([hit('task', 't'), hit('person', 'p'), hit('organization', 'o'), hit('task', 't2')]);
    expect(groups.map((g) => [g.type, g.hits.map((h) => h.id)])).toEqual([
      ['organization', ['o']],
      ['person', ['p']],
      ['task', ['t', 't2']],
    ]);
  });

  it('leads each kind to its page, and a task to what it belongs to', () => {
    expect(hitPath(W, hit('person', 'p'))).toBe('/w/w1/partners/p');
    expect(hitPath(W, hit('relationship', 'r'))).toBe('/w/w1/relationships/r');
    expect(hitPath(W, hit('interaction', 'i'))).toBe('/w/w1/interactions/i');
    const all = { interactionId: 'i', relationshipId: 'r', partnerId: 'p' };
    expect(hitPath(W, hit('task', 't', all))).toBe('/w/w1/interactions/i');
    expect(hitPath(W, hit('task', 't', { ...all, interactionId: null }))).toBe('/w/w1/relationships/r');
    expect(hitPath(W, hit('task', 't', { partnerId: 'p' }))).toBe('/w/w1/partners/p');
    expect(hitPath(W, hit('task', 't'))).toBe('/w/w1/tasks');
  });
});
