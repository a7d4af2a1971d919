import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, type Page, type Role, type Schema, withQuery } from '../../api/index.js';
import { SESSION_KEY } from '../../shared/index.js';

export type Member = Schema<'Member'>;

const listKey = (workspaceId: string) => ['ws', workspaceId, 'members'] as const;

/** The workspace's members, a page at a time. */
export function useMembers(workspaceId: string) {
  return useInfiniteQuery({
    queryKey: listKey(workspaceId),
    queryFn: ({ pageParam }) =>
      api<Page<Member>>(withQuery(`/api/v1/w/${workspaceId}/members`, { limit: 100, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Refreshes members, and the session since the caller's own role may change. */
function useRefresh(workspaceId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: listKey(workspaceId) }),
      client.invalidateQueries({ queryKey: SESSION_KEY }),
    ]);
}

/** Changes a member's role, guarded by the version last read. */
export function useChangeRole(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      api<Member>(`/api/v1/w/${workspaceId}/members/${member.userId}`, {
        method: 'PATCH',
        body: { role, version: member.version },
      }),
    onSettled: refresh,
  });
}

/** Removes a member from the workspace. */
export function useRemoveMember(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (member: Member) =>
      apiVoid(`/api/v1/w/${workspaceId}/members/${member.userId}`, {
        method: 'DELETE',
        headers: { 'If-Match': String(member.version) },
      }),
    onSettled: refresh,
  });
}
