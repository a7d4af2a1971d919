import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, withQuery } from '../../api/index.js';
import { interactionsKey, refreshActivity } from '../../shared/index.js';
import type { Interaction } from '../interactions/index.js';
import type { MeetingSeries } from './series.types.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}/meeting-series`;
export const seriesKey = (workspaceId: string) => ['ws', workspaceId, 'meeting-series'] as const;

/**
 * After a series changes: its own queries, and everything its occurrences show in (calendar, timelines, relationships).
 */
function useRefresh(workspaceId: string) {
  const client = useQueryClient();
  return (saved?: MeetingSeries) => {
    if (saved) client.setQueryData([...seriesKey(workspaceId), 'one', saved.id], saved);
    return Promise.all([
      client.invalidateQueries({ queryKey: seriesKey(workspaceId) }),
      refreshActivity(client, workspaceId),
    ]);
  };
}

/** Recurring meetings, newest first; running or stopped ones. */
export function useSeriesList(workspaceId: string, stopped: boolean) {
  return useInfiniteQuery({
    queryKey: [...seriesKey(workspaceId), 'list', stopped],
    queryFn: ({ pageParam }) =>
      api<Page<MeetingSeries>>(
        withQuery(base(workspaceId), { stopped: String(stopped), limit: 50, cursor: pageParam }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useSeries(workspaceId: string, id: string | undefined) {
  return useQuery({
    queryKey: [...seriesKey(workspaceId), 'one', id],
    queryFn: () => api<MeetingSeries>(`${base(workspaceId)}/${id}`),
    enabled: Boolean(id),
  });
}

/** A series' occurrences, newest first (the calendar's query key, so edits to one refresh this too). */
export function useOccurrences(workspaceId: string, seriesId: string) {
  return useInfiniteQuery({
    queryKey: [...interactionsKey(workspaceId), 'series', seriesId],
    queryFn: ({ pageParam }) =>
      api<Page<Interaction>>(
        withQuery(`/api/v1/w/${workspaceId}/interactions`, { series: seriesId, limit: 20, cursor: pageParam }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useCreateSeries(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api<MeetingSeries>(base(workspaceId), { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** Edits guarded by the version they were made on; a 412 carries `current`. */
export function useUpdateSeries(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ id, patch, version }: { id: string; patch: Record<string, unknown>; version: number }) =>
      api<MeetingSeries>(`${base(workspaceId)}/${id}`, { method: 'PATCH', body: { ...patch, version } }),
    onSuccess: refresh,
  });
}

/** Stops a series: no more occurrences; the upcoming ones go to the trash. */
export function useStopSeries(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<MeetingSeries>(`${base(workspaceId)}/${id}/stop`, { method: 'POST', body: { version } }),
    onSuccess: refresh,
    // Stale or stopped meanwhile: show the series as it is now, so the next try has the right version.
    onError: () => refresh(),
  });
}
