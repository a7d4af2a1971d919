import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { fromQuery, type RelationshipFilters, toQuery } from './listQuery.js';

/** The list's filters, kept in the address so reloads, links and Back keep them. */
export function useRelationshipFilters(): [RelationshipFilters, (change: Partial<RelationshipFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const filters = useMemo(() => fromQuery(Object.fromEntries(params)), [params]);
  const update = useCallback(
    (change: Partial<RelationshipFilters>) => {
      // A debounced search can fire just as the user opens a relationship.
      if (window.location.pathname !== pathname) return;
      setParams((old) => new URLSearchParams(toQuery({ ...fromQuery(Object.fromEntries(old)), ...change })), {
        replace: true,
      });
    },
    [setParams, pathname],
  );
  return [filters, update];
}
