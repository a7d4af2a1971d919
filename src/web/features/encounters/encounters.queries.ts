import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, withQuery } from '../../api/index.js';
import { partnersKey, refreshActivity } from '../../shared/index.js';
import type { Interaction } from '../interactions/index.js';
import type { PartnerSummary } from '../partners/index.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;

/** People (partners of type person) whose name, email or phone matches, best first. */
export function usePeopleSearch(workspaceId: string, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: [...partnersKey(workspaceId), 'people-pick', text],
    queryFn: () =>
      api<Page<PartnerSummary>>(withQuery(`${base(workspaceId)}/partners`, { type: 'person', q: text, limit: 20 })),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** Logs one interaction per person in one step (all or nothing). */
export function useLogEncounters(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<{ items: Interaction[] }>(`${base(workspaceId)}/interactions/batch`, { method: 'POST', body }),
    onSuccess: () => refreshActivity(client, workspaceId),
  });
}
