import { useInfiniteQuery } from '@tanstack/react-query';
import { api, type Page, type Schema, withQuery } from '../../api/index.js';

export type AuditEntry = Schema<'AuditEntry'>;

/** The workspace's audit log, newest first, loaded a page at a time. */
export function useAuditLog(workspaceId: string) {
  return useInfiniteQuery({
    queryKey: ['ws', workspaceId, 'audit-log'],
    queryFn: ({ pageParam }) =>
      api<Page<AuditEntry>>(withQuery(`/api/v1/w/${workspaceId}/audit-log`, { limit: 50, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
