import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Session } from '../../api/index.js';
import { storeSession } from '../../shared/index.js';

export const SETUP_KEY = ['setup'] as const;

/** Whether the first workspace and owner still need creating. */
export function useSetupStatus() {
  return useQuery({
    queryKey: SETUP_KEY,
    queryFn: () => api<{ needed: boolean }>('/api/v1/setup'),
    staleTime: Infinity,
  });
}

export interface SetupInput {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
}

/** Creates the first workspace and its owner, then signs in. */
export function useRunSetup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupInput) => api<Session>('/api/v1/setup', { method: 'POST', body }),
    onSuccess: (session) => {
      client.setQueryData(SETUP_KEY, { needed: false });
      storeSession(client, session);
    },
  });
}
