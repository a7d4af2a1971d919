import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  api,
  apiVoid,
  type Page,
  type ResponseOf,
  type Role,
  type Schema,
  type Session,
  withQuery,
  type WorkspacePath,
} from '../../api/index.js';
import { storeSession } from '../../shared/index.js';

export type Invitation = Schema<'Invitation'>;
export type InvitationStatus = Invitation['status'];

/** A new invitation with its link, which only this answer carries. */
export type CreatedInvitation = ResponseOf<WorkspacePath<'/invitations'>, 'post', 201>;

export type InvitationPreview = ResponseOf<'/api/v1/invitations/{token}'>;

const listKey = (workspaceId: string) => ['ws', workspaceId, 'invitations'] as const;

/** The workspace's invitations, newest first, a page at a time. */
export function useInvitations(workspaceId: string) {
  return useInfiniteQuery({
    queryKey: listKey(workspaceId),
    queryFn: ({ pageParam }) =>
      api<Page<Invitation>>(withQuery(`/api/v1/w/${workspaceId}/invitations`, { limit: 50, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Invites someone by email; the answer carries the link. */
export function useCreateInvitation(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      api<CreatedInvitation>(`/api/v1/w/${workspaceId}/invitations`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: listKey(workspaceId) }),
  });
}

/** Revokes a pending invitation. */
export function useRevokeInvitation(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiVoid(`/api/v1/w/${workspaceId}/invitations/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: listKey(workspaceId) }),
  });
}

/** What an invitation link is for, read before accepting. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<InvitationPreview>(`/api/v1/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

/** Accepts an invitation and signs in as the invited user. */
export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; password?: string } | undefined) =>
      api<Session>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body }),
    onSuccess: (session) => storeSession(client, session),
  });
}
