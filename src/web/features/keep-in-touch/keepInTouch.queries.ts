import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, withQuery } from '../../api/index.js';
import { refreshRelationships, relationshipKey, relationshipsKey } from '../../shared/index.js';
import type { KeepInTouchPage, Scope, Snooze } from './keepInTouch.types.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;
// Below the relationships key: logging an interaction or editing a relationship (which refresh
// relationships) also refreshes this list, so a contacted partner leaves it.
const keepInTouchKey = (workspaceId: string) => [...relationshipsKey(workspaceId), 'keep-in-touch'] as const;

/** Overdue and due-this-week relationships of the caller (or the whole team), highest priority first. */
export function useKeepInTouch(workspaceId: string, scope: Scope) {
  return useInfiniteQuery({
    queryKey: [...keepInTouchKey(workspaceId), 'list', scope],
    queryFn: ({ pageParam }) =>
      api<KeepInTouchPage>(withQuery(`${base(workspaceId)}/keep-in-touch`, { scope, limit: 50, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** How many of the caller's relationships are overdue (the navigation's badge). */
export function useOverdueCount(workspaceId: string) {
  return useQuery({
    queryKey: [...keepInTouchKey(workspaceId), 'count'],
    queryFn: () => api<KeepInTouchPage>(withQuery(`${base(workspaceId)}/keep-in-touch`, { scope: 'mine', limit: 1 })),
    select: (page) => page.counts.overdue,
    staleTime: 60_000,
  });
}

/** Snoozes a relationship's reminders until a date (after today, at most a year ahead). */
export function snoozeRelationship(workspaceId: string, id: string, until: string): Promise<Snooze> {
  return api<Snooze>(`${base(workspaceId)}/relationships/${id}/snooze`, { method: 'POST', body: { until } });
}

/** Ends the live snooze early (also the Undo of a snooze). */
export function endSnooze(workspaceId: string, id: string): Promise<void> {
  return apiVoid(`${base(workspaceId)}/relationships/${id}/snooze`, { method: 'DELETE' });
}

/** Every snooze of a relationship, newest first. */
export function useSnoozes(workspaceId: string, id: string) {
  return useQuery({
    queryKey: [...relationshipKey(workspaceId, id), 'snoozes'],
    queryFn: () => api<{ items: Snooze[] }>(`${base(workspaceId)}/relationships/${id}/snoozes`),
    select: (data) => data.items,
  });
}

/** Refreshes what a snooze changes: the lists, the relationship (its `snoozedUntil`) and its snoozes. */
export function useRefreshAfterSnooze(workspaceId: string) {
  const client = useQueryClient();
  return () => refreshRelationships(client, workspaceId, { exceptBoard: true });
}
