import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, fromQuery, hasFilters, toQuery, toQueryString } from './listQuery.js';

describe('list query', () => {
  it('leaves out empty filters', () => {
    expect(toQuery(EMPTY_FILTERS)).toEqual({});
    expect(toQueryString(EMPTY_FILTERS, { limit: '50' })).toBe('limit=50');
  });

  it('joins multi-value filters with commas and trims the text', () => {
    const query = toQuery({
      ...EMPTY_FILTERS,
      q: '  nguyen van an ',
      type: 'person',
      kinds: ['customer', 'it_consultant'],
      tagIds: ['t1', 't2'],
      ownerId: 'u1',
      country: 'VN',
      createdFrom: '2026-01-01',
      updatedTo: '2026-02-01',
      deleted: true,
      sort: '-updated',
    });
    expect(query).toEqual({
      q: 'nguyen van an',
      type: 'person',
      kind: 'customer,it_consultant',
      tag: 't1,t2',
      owner: 'u1',
      country: 'VN',
      createdFrom: '2026-01-01',
      updatedTo: '2026-02-01',
      deleted: 'true',
      sort: '-updated',
    });
  });

  it('reads back what it wrote', () => {
    const filters = { ...EMPTY_FILTERS, kinds: ['auditor' as const], tagIds: ['a'], sort: 'name' as const, q: 'x' };
    expect(fromQuery(toQuery(filters))).toEqual(filters);
  });

  it('drops unknown or malformed values', () => {
    const filters = fromQuery({
      type: 'robot',
      kind: 'customer,alien',
      sort: 'size',
      country: 'vietnam',
      createdFrom: 'yesterday',
    });
    expect(filters).toEqual({ ...EMPTY_FILTERS, kinds: ['customer'] });
  });

  it('tells whether the list is narrowed', () => {
    expect(hasFilters({ ...EMPTY_FILTERS, deleted: true, sort: 'name' })).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, country: 'RU' })).toBe(true);
  });
});
