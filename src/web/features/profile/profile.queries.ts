import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Locale, Session, User } from '../../api/types.js';
import { SESSION_KEY } from '../../app/session.js';

export interface ProfileChange {
  name?: string;
  locale?: Locale;
  timeZone?: string;
}

/** Saves the user's name, language or time zone. */
export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileChange) => api<User>('/api/v1/me', { method: 'PATCH', body }),
    onSuccess: (user) => {
      client.setQueryData<Session | null>(SESSION_KEY, (old) => (old ? { ...old, user } : old));
    },
  });
}
