import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid } from '../../api/index.js';
import { interactionsKey, refreshActivity } from '../../shared/index.js';
import type { Interaction } from './interactions.types.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;

function useRefresh(workspaceId: string) {
  const client = useQueryClient();
  return () => refreshActivity(client, workspaceId);
}

/** One interaction (also a trashed one, with `deletedAt`). */
export function useInteraction(workspaceId: string, id: string | undefined) {
  return useQuery({
    queryKey: [...interactionsKey(workspaceId), 'one', id],
    queryFn: () => api<Interaction>(`${base(workspaceId)}/interactions/${id}`),
    enabled: Boolean(id),
  });
}

/** Logs an interaction (with a meeting's action items, created as tasks). */
export function useCreateInteraction(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<Interaction>(`${base(workspaceId)}/interactions`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** Saves edits guarded by the version they were made on; a 412 carries `current`. */
export function useUpdateInteraction(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch, version }: { id: string; patch: Record<string, unknown>; version: number }) =>
      api<Interaction>(`${base(workspaceId)}/interactions/${id}`, { method: 'PATCH', body: { ...patch, version } }),
    onSuccess: (saved) => {
      client.setQueryData([...interactionsKey(workspaceId), 'one', saved.id], saved);
      return refreshActivity(client, workspaceId);
    },
  });
}

/** Moves an interaction and its open action items to the trash. */
export function useDeleteInteraction(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiVoid(`${base(workspaceId)}/interactions/${id}`, {
        method: 'DELETE',
        headers: { 'If-Match': String(version) },
      }),
    onSuccess: refresh,
  });
}

/** Brings an interaction back with the action items trashed with it (usable after its page is gone). */
export function restoreInteraction(workspaceId: string, id: string): Promise<Interaction> {
  return api<Interaction>(`${base(workspaceId)}/interactions/${id}/restore`, { method: 'POST' });
}
