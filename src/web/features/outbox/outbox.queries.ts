import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, type Page, type Schema, withQuery } from '../../api/index.js';
import { EMAIL_STATUSES } from '../../../shared/values/outbox.js';

export type OutboxStatus = (typeof EMAIL_STATUSES)[number];
/** The filter's statuses, failures first: they are what the outbox is opened for. */
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['failed', ...EMAIL_STATUSES.filter((s) => s !== 'failed')];

export type OutboxMessage = Schema<'OutboxEmail'>;

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
