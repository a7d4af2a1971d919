import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, type Page, withQuery } from '../../api/index.js';
import type { TimelineFilters, TimelineItem, TimelineScope } from './timeline.types.js';

const PAGE_SIZE = 30;

/** A partner's or relationship's timeline, newest first (planned items on top), a page at a time. */
export function useTimeline(workspaceId: string, scope: TimelineScope, filters: TimelineFilters) {
  const path = `/api/v1/w/${workspaceId}/${scope.type === 'partner' ? 'partners' : 'relationships'}/${scope.id}/timeline`;
  return useInfiniteQuery({
    queryKey: ['ws', workspaceId, 'timeline', scope.type, scope.id, filters],
    queryFn: ({ pageParam }) =>
      api<Page<TimelineItem>>(
        withQuery(path, {
          kind: filters.types.join(','),
          member: filters.memberId,
          limit: PAGE_SIZE,
          cursor: pageParam,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
