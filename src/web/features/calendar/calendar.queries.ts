import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, withQuery } from '../../api/index.js';
import { interactionsKey } from '../../shared/index.js';
import type { Interaction } from '../interactions/index.js';

const PAGE = 200;
/** More meetings than this in one month is not a calendar anyone reads; the page says some are left out. */
const MAX_PAGES = 10;

export interface CalendarRange {
  /** First and last day shown (`YYYY-MM-DD`, both whole days in the user's time zone). */
  from: string;
  to: string;
  /** Only the meetings this member takes part in. */
  memberId?: string;
}

/**
 * The meetings in a range of days, all pages read. Under the interactions key, so logging, editing
 * and deleting anything refreshes the calendar too.
 */
export function useCalendarMeetings(workspaceId: string, { from, to, memberId }: CalendarRange) {
  return useQuery({
    queryKey: [...interactionsKey(workspaceId), 'calendar', from, to, memberId ?? null],
    queryFn: async ({ signal }) => {
      const items: Interaction[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < MAX_PAGES; pages += 1) {
        const path = withQuery(`/api/v1/w/${workspaceId}/interactions`, {
          meeting: 'true',
          from,
          to,
          member: memberId,
          limit: PAGE,
          cursor,
        });
        if (signal.aborted) break;
        const page: Page<Interaction> = await api<Page<Interaction>>(path);
        items.push(...page.items);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return { items, more: cursor !== null };
    },
    placeholderData: keepPreviousData,
  });
}
