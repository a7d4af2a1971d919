import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { fromQuery, type RelationshipFilters, toQuery } from '../relationships/index.js';
import type { GroupBy } from './board.js';

/** The board's grouping and filters, kept in the address. */
export function useBoardState(): {
  groupBy: GroupBy;
  filters: RelationshipFilters;
  setGroupBy: (groupBy: GroupBy) => void;
  setFilters: (change: Partial<RelationshipFilters>) => void;
} {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const groupBy: GroupBy = params.get('group') === 'tier' ? 'tier' : 'stage';
  const filters = useMemo(() => ({ ...fromQuery(Object.fromEntries(params)), sort: null }), [params]);
  const write = useCallback(
    (group: GroupBy, change: Partial<RelationshipFilters>) => {
      if (window.location.pathname !== pathname) return;
      setParams(
        (old) => {
          const next = new URLSearchParams(toQuery({ ...fromQuery(Object.fromEntries(old)), ...change, sort: null }));
          if (group === 'tier') next.set('group', 'tier');
          return next;
        },
        { replace: true },
      );
    },
    [setParams, pathname],
  );
  return {
    groupBy,
    filters,
    // The grouping field is not a filter of its own board.
    setGroupBy: (group) => write(group, group === 'stage' ? { stages: [] } : { tiers: [] }),
    setFilters: (change) => write(groupBy, change),
  };
}
