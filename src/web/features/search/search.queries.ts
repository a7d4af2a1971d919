import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type ItemOf, type WorkspacePath } from '../../api/index.js';

export type GlobalHit = ItemOf<WorkspacePath<'/search'>>;

/** Hits of each kind the header shows at most: five a kind keeps the list to one screen. */
const PER_KIND = 5;

/** The header's search: partners, people, relationships, interactions and tasks, best first in each kind. */
export function useGlobalSearch(workspaceId: string, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['ws', workspaceId, 'search', text, PER_KIND],
    queryFn: () =>
      api<{ items: GlobalHit[] }>(
        `/api/v1/w/${workspaceId}/search?${new URLSearchParams({ q: text, limit: String(PER_KIND) })}`,
      ),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
