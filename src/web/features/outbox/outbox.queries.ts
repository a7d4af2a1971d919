import { useInfiniteQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export type OutboxStatus = 'queued' | 'sent' | 'failed';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Emails the app sent or queued, newest first. */
export function useOutbox(workspaceId: string) {
  return useInfiniteQuery({
    queryKey: ['ws', workspaceId, 'outbox'],
    queryFn: ({ pageParam }) =>
      api<Page<OutboxMessage>>(withQuery(`/api/v1/w/${workspaceId}/outbox`, { limit: 50, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
