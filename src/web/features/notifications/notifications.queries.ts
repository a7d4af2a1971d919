import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, type Page, withQuery } from '../../api/index.js';
import type { AppNotification } from './notifications.types.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}/notifications`;
const notificationsKey = (workspaceId: string) => ['ws', workspaceId, 'notifications'] as const;

/** The bell's number: asked every minute and whenever the window comes back into focus. */
export function useUnreadCount(workspaceId: string) {
  return useQuery({
    queryKey: [...notificationsKey(workspaceId), 'unread-count'],
    queryFn: () => api<{ count: number }>(`${base(workspaceId)}/unread-count`),
    select: (data) => data.count,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** The caller's notifications, newest first, read while the bell's list is open. */
export function useNotificationList(workspaceId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...notificationsKey(workspaceId), 'list'],
    queryFn: ({ pageParam }) =>
      api<Page<AppNotification>>(withQuery(base(workspaceId), { limit: 20, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

function useRefresh(workspaceId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: notificationsKey(workspaceId) });
}

/** Marks one notification read (opening it). */
export function useMarkRead(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (id: string) => apiVoid(`${base(workspaceId)}/${id}/read`, { method: 'POST' }),
    onSettled: refresh,
  });
}

/** Marks every notification of the caller read. */
export function useMarkAllRead(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: () => apiVoid(`${base(workspaceId)}/read-all`, { method: 'POST' }),
    onSettled: refresh,
  });
}
