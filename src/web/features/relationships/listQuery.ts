import type { Kind } from '../partners/index.js';
import { KINDS } from '../../../shared/values/partners.js';
import type { Stage, Status, Tier } from './relationships.types.js';
import { SORTS, STAGES, STATUSES, TIERS } from '../../../shared/values/relationships.js';

export type Sort = (typeof SORTS)[number];

/** The sort menu: the server's orders, "recently updated" offered before "least recently updated". */
export const SORT_MENU: readonly Sort[] = SORTS.map((s) =>
  s === 'updated' ? '-updated' : s === '-updated' ? 'updated' : s,
);

/** What the relationship list shows: partner name search, filters and order. Lists mean "any of". */
export interface RelationshipFilters {
  q: string;
  stages: Stage[];
  tiers: Tier[];
  ownerId: string | null;
  kinds: Kind[];
  tagIds: string[];
  statuses: Status[];
  /** null: either; true: only one-sided; false: only the others. */
  oneSided: boolean | null;
  overdue: boolean;
  /** null: the server's default, by partner name. */
  sort: Sort | null;
}

export const EMPTY_FILTERS: RelationshipFilters = {
  q: '',
  stages: [],
  tiers: [],
  ownerId: null,
  kinds: [],
  tagIds: [],
  statuses: [],
  oneSided: null,
  overdue: false,
  sort: null,
};

const split = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
const only = <T extends string>(values: readonly T[], value: string | undefined): T[] =>
  split(value).filter((v): v is T => (values as readonly string[]).includes(v));

/** The API's query parameters for the filters; empty ones are left out, lists joined with commas. */
export function toQuery(filters: RelationshipFilters): Record<string, string> {
  const query: Record<string, string> = {};
  const put = (key: string, value: string | null | undefined) => {
    if (value) query[key] = value;
  };
  put('q', filters.q.trim());
  put('stage', filters.stages.join(','));
  put('tier', filters.tiers.join(','));
  put('owner', filters.ownerId);
  put('kind', filters.kinds.join(','));
  put('tag', filters.tagIds.join(','));
  put('status', filters.statuses.join(','));
  if (filters.oneSided !== null) query.oneSided = String(filters.oneSided);
  if (filters.overdue) query.overdue = 'true';
  put('sort', filters.sort);
  return query;
}

/** Filters read back from query parameters (the address); unknown values are dropped. */
export function fromQuery(query: Record<string, string | undefined>): RelationshipFilters {
  return {
    q: query.q ?? '',
    stages: only(STAGES, query.stage),
    tiers: only(TIERS, query.tier),
    ownerId: query.owner || null,
    kinds: only(KINDS, query.kind),
    tagIds: split(query.tag),
    statuses: only(STATUSES, query.status),
    oneSided: query.oneSided === 'true' ? true : query.oneSided === 'false' ? false : null,
    overdue: query.overdue === 'true',
    sort: SORTS.find((s) => s === query.sort) ?? null,
  };
}

/** A query string (without "?") for filters, with extra parameters such as the cursor. */
export function toQueryString(filters: RelationshipFilters, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ ...toQuery(filters), ...extra }).toString();
}

/** How many filters (not the search or the order) narrow the list. */
export function countFilters(filters: RelationshipFilters): number {
  const { q: _q, sort: _sort, ...rest } = toQuery(filters);
  return Object.keys(rest).length;
}
