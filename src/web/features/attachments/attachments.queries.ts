import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, withQuery } from '../../api/index.js';
import { interactionsKey } from '../../shared/index.js';
import type { Attachment } from './attachments.types.js';

const path = (workspaceId: string, interactionId: string) =>
  `/api/v1/w/${workspaceId}/interactions/${interactionId}/attachments`;

/** The interaction's page lists its attachments: refresh it after a change. */
function useRefresh(workspaceId: string, interactionId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [...interactionsKey(workspaceId), 'one', interactionId] });
}

/** Sends one file as the raw body, its name in the address; the server checks size and type from the bytes. */
export function useUploadAttachment(workspaceId: string, interactionId: string) {
  const refresh = useRefresh(workspaceId, interactionId);
  return useMutation({
    mutationFn: (file: File) =>
      api<Attachment>(withQuery(path(workspaceId, interactionId), { filename: file.name }), {
        method: 'POST',
        raw: { data: file, contentType: file.type || 'application/octet-stream' },
      }),
    onSettled: refresh,
  });
}

/** Moves an attachment to the trash. */
export function useDeleteAttachment(workspaceId: string, interactionId: string) {
  const refresh = useRefresh(workspaceId, interactionId);
  return useMutation({
    mutationFn: (id: string) => apiVoid(`${path(workspaceId, interactionId)}/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

/** Brings a deleted attachment back (the toast's Undo). */
export function useRestoreAttachment(workspaceId: string, interactionId: string) {
  const refresh = useRefresh(workspaceId, interactionId);
  return useMutation({
    mutationFn: (id: string) =>
      api<Attachment>(`${path(workspaceId, interactionId)}/${id}/restore`, { method: 'POST' }),
    onSuccess: refresh,
  });
}
