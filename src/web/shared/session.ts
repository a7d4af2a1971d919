import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, type Session, setCsrfToken, type WorkspaceSummary } from '../api/index.js';

export const SESSION_KEY = ['me'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/api/v1/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
}

/** Stores a session answered by sign-in, setup or accepting an invitation. */
export function storeSession(client: QueryClient, session: Session | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  client.setQueryData(SESSION_KEY, session);
}

/** Where to go after signing in: the current workspace, else the first. */
export function homePath(session: Session): string {
  const id = session.currentWorkspaceId ?? session.workspaces[0]?.id;
  return id ? `/w/${id}` : '/';
}

/** The caller's workspace entry, if they belong to it. */
export function findWorkspace(session: Session, workspaceId: string | undefined): WorkspaceSummary | undefined {
  return session.workspaces.find((w) => w.id === workspaceId);
}
