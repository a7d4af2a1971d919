import type { Kind, PartnerType } from './partners.types.js';
import { KINDS, SORTS } from '../../../shared/values/partners.js';

export type Sort = (typeof SORTS)[number];

/** What the partner list shows: free text, filters and order. */
export interface ListFilters {
  q: string;
  type: PartnerType | null;
  kinds: Kind[];
  tagIds: string[];
  ownerId: string | null;
  country: string | null;
  createdFrom: string;
  createdTo: string;
  updatedFrom: string;
  updatedTo: string;
  deleted: boolean;
  /** null: the server's default (best match first with q, else by name). */
  sort: Sort | null;
}

export const EMPTY_FILTERS: ListFilters = {
  q: '',
  type: null,
  kinds: [],
  tagIds: [],
  ownerId: null,
  country: null,
  createdFrom: '',
  createdTo: '',
  updatedFrom: '',
  updatedTo: '',
  deleted: false,
  sort: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrEmpty = (value: string | undefined) => (value && DATE.test(value) ? value : '');
const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);

/** The API's query parameters for filters; empty ones are left out. */
export function toQuery(filters: ListFilters): Record<string, string> {
  const query: Record<string, string> = {};
  const put = (key: string, value: string | null | undefined) => {
    if (value) query[key] = value;
  };
  put('q', filters.q.trim());
  put('type', filters.type);
  put('kind', filters.kinds.join(','));
  put('tag', filters.tagIds.join(','));
  put('owner', filters.ownerId);
  put('country', filters.country);
  put('createdFrom', filters.createdFrom);
  put('createdTo', filters.createdTo);
  put('updatedFrom', filters.updatedFrom);
  put('updatedTo', filters.updatedTo);
  if (filters.deleted) query.deleted = 'true';
  put('sort', filters.sort);
  return query;
}

/** Filters read back from query parameters (the URL or a saved view); unknown values are dropped. */
export function fromQuery(query: Record<string, string | undefined>): ListFilters {
  const type = query.type === 'organization' || query.type === 'person' ? query.type : null;
  const sort = SORTS.find((s) => s === query.sort) ?? null;
  return {
    q: query.q ?? '',
    type,
    kinds: list(query.kind).filter((k): k is Kind => (KINDS as readonly string[]).includes(k)),
    tagIds: list(query.tag),
    ownerId: query.owner || null,
    country: query.country && /^[A-Z]{2}$/.test(query.country) ? query.country : null,
    createdFrom: dateOrEmpty(query.createdFrom),
    createdTo: dateOrEmpty(query.createdTo),
    updatedFrom: dateOrEmpty(query.updatedFrom),
    updatedTo: dateOrEmpty(query.updatedTo),
    deleted: query.deleted === 'true',
    sort,
  };
}

/** A query string (without "?") for filters, in a stable order. */
export function toQueryString(filters: ListFilters, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ ...toQuery(filters), ...extra }).toString();
}

/** Whether anything but the trash toggle and sort narrows the list. */
export function hasFilters(filters: ListFilters): boolean {
  const { deleted: _deleted, sort: _sort, ...rest } = toQuery(filters);
  return Object.keys(rest).length > 0;
}
