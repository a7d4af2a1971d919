import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { fromQuery, type ListFilters, toQuery } from './listQuery.js';

/** The list's filters, kept in the address so reloads, links and Back keep them. */
export function useListFilters(): [ListFilters, (change: Partial<ListFilters> | ListFilters) => void] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const filters = useMemo(() => fromQuery(Object.fromEntries(params)), [params]);
  const update = useCallback(
    (change: Partial<ListFilters>) => {
      // A debounced search can fire just as the user opens a partner: the list's filters
      // must not land on the next page's address.
      if (window.location.pathname !== pathname) return;
      setParams((old) => new URLSearchParams(toQuery({ ...fromQuery(Object.fromEntries(old)), ...change })), {
        replace: true,
      });
    },
    [setParams, pathname],
  );
  return [filters, update];
}
