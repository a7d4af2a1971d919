import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, withQuery } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export const OUTBOX_STATUSES = ['failed', 'queued', 'sent'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  error: string | null;
  /** Delivery attempts so far (retried with back-off, up to 8, then failed). */
  attempts: number;
  lastAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

const outboxKey = (workspaceId: string) => ['ws', workspaceId, 'outbox'] as const;

/** Emails the app sent, queued or failed to send, newest first; all of them or one status. */
export function useOutbox(workspaceId: string, status: OutboxStatus | null) {
  return useInfiniteQuery({
    queryKey: [...outboxKey(workspaceId), status ?? 'all'],
    queryFn: ({ pageParam }) =>
      api<Page<OutboxMessage>>(withQuery(`/api/v1/w/${workspaceId}/outbox`, { status, limit: 50, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Queues a failed message again. */
export function useRetryMessage(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiVoid(`/api/v1/w/${workspaceId}/outbox/${id}/retry`, { method: 'POST' }),
    onSettled: () => client.invalidateQueries({ queryKey: outboxKey(workspaceId) }),
  });
}
