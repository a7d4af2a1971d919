import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { fromQuery, toQuery, type ListFilters } from './listQuery.js';

/** The list's filters, kept in the address so reloads, links and Back keep them. */
export function useListFilters(): [ListFilters, (change: Partial<ListFilters> | ListFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => fromQuery(Object.fromEntries(params)), [params]);
  const update = useCallback(
    (change: Partial<ListFilters>) => {
      setParams((old) => new URLSearchParams(toQuery({ ...fromQuery(Object.fromEntries(old)), ...change })), {
        replace: true,
      });
    },
    [setParams],
  );
  return [filters, update];
}
