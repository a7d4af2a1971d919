import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, type ItemOf, type ResponseOf, type WorkspacePath } from '../../api/index.js';

export type ReminderSetting = ItemOf<WorkspacePath<'/me/reminders'>>;

const path = (workspaceId: string) => `/api/v1/w/${workspaceId}/me/reminders`;
const key = (workspaceId: string) => ['ws', workspaceId, 'me', 'reminders'] as const;

/** How the caller is reminded in this workspace: each kind by email and/or in the app. */
export function useReminders(workspaceId: string) {
  return useQuery({
    queryKey: key(workspaceId),
    queryFn: () => api<{ items: ReminderSetting[] }>(path(workspaceId)),
    select: (data) => data.items,
  });
}

/** Saves all three kinds at once. */
export function useSaveReminders(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (items: ReminderSetting[]) =>
      api<{ items: ReminderSetting[] }>(path(workspaceId), { method: 'PUT', body: { items } }),
    onSuccess: (saved) => client.setQueryData(key(workspaceId), saved),
  });
}

export type Unsubscription = ResponseOf<'/api/v1/unsubscribe'>;

const unsubscribePath = (token: string) => `/api/v1/unsubscribe?${new URLSearchParams({ token }).toString()}`;

/** What an unsubscribe link turns off; no session needed, the signed token is the authority. */
export function useUnsubscription(token: string) {
  return useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: () => api<Unsubscription>(unsubscribePath(token)),
    enabled: token.length > 0,
  });
}

/** Turns the email of that kind off in that workspace. */
export function useUnsubscribe(token: string) {
  // Whatever the body of the answer (204 or the settings), success is all the page needs.
  return useMutation({ mutationFn: () => apiVoid(unsubscribePath(token), { method: 'POST' }) });
}
