import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schema, withQuery } from '../../api/index.js';

/** `prospectShare` is a percent with one decimal; null when nothing happened in the period. */
export type RetentionBalance = Schema<'Retention'>;

/** `prospectShareMin`: the least share (percent) of new-prospect work before the card warns. */
export type RetentionSettings = Schema<'RetentionSettings'>;

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;
const retentionKey = (workspaceId: string) => ['ws', workspaceId, 'retention'] as const;

/** How the team's interactions of a period split between existing relationships and new prospects. */
export function useRetention(workspaceId: string, range: { from: string; to: string }) {
  return useQuery({
    queryKey: [...retentionKey(workspaceId), 'balance', range],
    queryFn: () => api<RetentionBalance>(withQuery(`${base(workspaceId)}/retention`, range)),
    placeholderData: keepPreviousData,
  });
}

/** The workspace's threshold. */
export function useRetentionSettings(workspaceId: string) {
  return useQuery({
    queryKey: [...retentionKey(workspaceId), 'settings'],
    queryFn: () => api<RetentionSettings>(`${base(workspaceId)}/settings/retention`),
  });
}

/** Changes the threshold (owners and admins); the card's warning follows. */
export function useSaveRetentionSettings(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RetentionSettings) =>
      api<RetentionSettings>(`${base(workspaceId)}/settings/retention`, { method: 'PATCH', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: retentionKey(workspaceId) }),
  });
}
