import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/index.js';
import { type Analytics, type Card, type RelationshipFilters, toQuery } from '../relationships/index.js';
import { relationshipsKey } from '../../shared/index.js';
import type { Board, GroupBy } from './board.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;

export const PER_COLUMN = 50;

/** The board's filters as query parameters: the list's, without order or the grouping field. */
function filterQuery(filters: RelationshipFilters, groupBy: GroupBy): Record<string, string> {
  const { sort: _sort, ...query } = toQuery({ ...filters, sort: null });
  delete query[groupBy];
  return query;
}

export const boardKey = (workspaceId: string, groupBy: GroupBy, filters: RelationshipFilters) =>
  [...relationshipsKey(workspaceId), 'board', groupBy, filters] as const;

/** The board: a column per stage (or tier) with its count and first cards. */
export function useBoard(workspaceId: string, groupBy: GroupBy, filters: RelationshipFilters) {
  return useQuery({
    queryKey: boardKey(workspaceId, groupBy, filters),
    queryFn: () =>
      api<Board>(
        `${base(workspaceId)}/relationships/board?${new URLSearchParams({ groupBy, perColumn: String(PER_COLUMN), ...filterQuery(filters, groupBy) })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** The next cards of one column, from the column's cursor. */
export function fetchColumnPage(
  workspaceId: string,
  groupBy: GroupBy,
  key: string,
  filters: RelationshipFilters,
  cursor: string,
): Promise<Page<Card>> {
  const query = new URLSearchParams({
    ...filterQuery(filters, groupBy),
    [groupBy]: key,
    sort: 'partner',
    limit: String(PER_COLUMN),
    cursor,
  });
  return api<Page<Card>>(`${base(workspaceId)}/relationships?${query}`);
}

/** Stage figures for a period, for the workspace or one owner. */
export function useAnalytics(workspaceId: string, params: { from: string; to: string; owner: string | null }) {
  return useQuery({
    queryKey: [...relationshipsKey(workspaceId), 'analytics', params],
    queryFn: () =>
      api<Analytics>(
        `${base(workspaceId)}/relationships/analytics?${new URLSearchParams({
          from: params.from,
          to: params.to,
          ...(params.owner ? { owner: params.owner } : {}),
        })}`,
      ),
    enabled: Boolean(params.from && params.to),
    placeholderData: keepPreviousData,
  });
}
