import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, type Session } from '../../api/index.js';
import { storeSession } from '../../shared/index.js';

/** Signs in with email and password and stores the session. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api<Session>('/api/v1/auth/sign-in', { method: 'POST', body }),
    onSuccess: (session) => storeSession(client, session),
  });
}

/** Signs out and forgets everything cached for the user. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiVoid('/api/v1/auth/sign-out', { method: 'POST' }),
    onSettled: () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      storeSession(client, null);
    },
  });
}

/** Asks for a password-reset email. */
export function useRequestReset() {
  return useMutation({
    mutationFn: (body: { email: string }) => apiVoid('/api/v1/auth/password-reset', { method: 'POST', body }),
  });
}

/** Sets a new password with the token from the email. */
export function useConfirmReset() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      apiVoid('/api/v1/auth/password-reset/confirm', { method: 'POST', body }),
  });
}
