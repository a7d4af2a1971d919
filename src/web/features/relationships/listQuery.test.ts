import { describe, expect, it } from 'vitest';
import { countFilters, EMPTY_FILTERS, fromQuery, toQuery, toQueryString } from './listQuery.js';

describe('relationship list query', () => {
  it('leaves out empty filters', () => {
    expect(toQuery(EMPTY_FILTERS)).toEqual({});
    expect(toQueryString(EMPTY_FILTERS, { limit: '50' })).toBe('limit=50');
  });

  it('writes every filter under its API name, lists joined with commas', () => {
    const query = toQuery({
      q: '  hoa phat ',
      stages: ['planning', 'results'],
      tiers: ['inner_circle'],
      ownerId: 'u1',
      kinds: ['training'],
      tagIds: ['t1', 't2'],
      statuses: ['paused'],
      oneSided: false,
      overdue: true,
      sort: '-value',
    });
    expect(query).toEqual({
      q: 'hoa phat',
      stage: 'planning,results',
      tier: 'inner_circle',
      owner: 'u1',
      kind: 'training',
      tag: 't1,t2',
      status: 'paused',
      oneSided: 'false',
      overdue: 'true',
      sort: '-value',
    });
  });

  it('reads back what it wrote', () => {
    const filters = {
      ...EMPTY_FILTERS,
      stages: ['results' as const],
      oneSided: true,
      sort: 'nextContact' as const,
      q: 'x',
    };
    expect(fromQuery(toQuery(filters))).toEqual(filters);
  });

  it('keeps the health orders and the losing-touch view', () => {
    for (const sort of ['health', '-health', 'losing_touch'] as const) {
      expect(toQuery({ ...EMPTY_FILTERS, sort })).toEqual({ sort });
      expect(fromQuery({ sort }).sort).toBe(sort);
    }
  });

  it('drops unknown values', () => {
    expect(
      fromQuery({
        stage: 'launch,planning',
        tier: 'vip',
        kind: 'alien',
        status: 'gone',
        sort: 'size',
        oneSided: 'maybe',
      }),
    ).toEqual({
      ...EMPTY_FILTERS,
      stages: ['planning'],
    });
  });

  it('counts the narrowing filters, not the search or order', () => {
    expect(countFilters({ ...EMPTY_FILTERS, q: 'x', sort: 'value' })).toBe(0);
    expect(countFilters({ ...EMPTY_FILTERS, stages: ['formation', 'planning'], overdue: true })).toBe(2);
  });
});
