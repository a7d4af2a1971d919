import { useInfiniteQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

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
