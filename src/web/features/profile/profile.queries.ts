import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Locale, type Session, type User } from '../../api/index.js';
import { SESSION_KEY } from '../../shared/index.js';

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
