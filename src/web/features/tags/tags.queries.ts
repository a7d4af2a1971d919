import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid } from '../../api/index.js';
import type { Tag } from '../../shared/index.js';

const key = (workspaceId: string) => ['ws', workspaceId, 'tags'] as const;
const path = (workspaceId: string) => `/api/v1/w/${workspaceId}/tags`;

/** The workspace's tags. */
export function useTags(workspaceId: string) {
  return useQuery({
    queryKey: key(workspaceId),
    queryFn: () => api<{ items: Tag[] }>(path(workspaceId)),
    select: (data) => data.items,
    staleTime: 30_000,
  });
}

// Tags show on partners too: refresh both.
function useRefresh(workspaceId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: key(workspaceId) }),
      client.invalidateQueries({ queryKey: ['ws', workspaceId, 'partners'] }),
    ]);
}

/** Creates a tag. */
export function useCreateTag(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: { name: string; color: string }) => api<Tag>(path(workspaceId), { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** Renames or recolours a tag. */
export function useUpdateTag(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ tag, name, color }: { tag: Tag; name: string; color: string }) =>
      api<Tag>(`${path(workspaceId)}/${tag.id}`, { method: 'PATCH', body: { name, color, version: tag.version } }),
    onSettled: refresh,
  });
}

/** Deletes a tag (it disappears from every partner). */
export function useDeleteTag(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (tag: Tag) => apiVoid(`${path(workspaceId)}/${tag.id}`, { method: 'DELETE' }),
    onSettled: refresh,
  });
}
