import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid } from '../../api/index.js';
import type { SavedView } from './partners.types.js';

const key = (workspaceId: string) => ['ws', workspaceId, 'saved-views'] as const;
const path = (workspaceId: string) => `/api/v1/w/${workspaceId}/saved-views`;

/** The caller's saved list views. */
export function useSavedViews(workspaceId: string) {
  return useQuery({
    queryKey: key(workspaceId),
    queryFn: () => api<{ items: SavedView[] }>(path(workspaceId)),
    select: (data) => data.items,
  });
}

/** Saves the current filters and sort under a name. */
export function useSaveView(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; query: Record<string, string> }) =>
      api<SavedView>(path(workspaceId), { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(workspaceId) }),
  });
}

/** Deletes a saved view. */
export function useDeleteView(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiVoid(`${path(workspaceId)}/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(workspaceId) }),
  });
}
