import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, type Session, type WorkspaceSummary } from '../../api/index.js';
import { SESSION_KEY } from '../../shared/index.js';

function patchSession(
  session: Session | null | undefined,
  change: (s: Session) => Session,
): Session | null | undefined {
  return session ? change(session) : session;
}

/** Creates a workspace with the caller as its owner. */
export function useCreateWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => api<WorkspaceSummary>('/api/v1/workspaces', { method: 'POST', body }),
    onSuccess: (workspace) => {
      client.setQueryData<Session | null>(SESSION_KEY, (old) =>
        patchSession(old, (s) => ({ ...s, workspaces: [...s.workspaces, workspace] })),
      );
    },
  });
}

/** Remembers which workspace the user works in. */
export function useSwitchWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (workspaceId: string) =>
      apiVoid('/api/v1/me/current-workspace', { method: 'PUT', body: { workspaceId } }),
    onSuccess: (_result, workspaceId) => {
      client.setQueryData<Session | null>(SESSION_KEY, (old) =>
        patchSession(old, (s) => ({ ...s, currentWorkspaceId: workspaceId })),
      );
    },
  });
}
