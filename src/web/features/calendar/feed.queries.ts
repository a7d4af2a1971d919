import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, type Schema } from '../../api/index.js';

/** The feed; `urlHint` is the address cut after the token's first characters, to recognise it. */
export type CalendarFeed = Schema<'CalendarFeed'>;

const PATH = '/api/v1/me/calendar-feed';
// The feed belongs to the user, across workspaces.
const KEY = ['me', 'calendar-feed'] as const;

export function useCalendarFeed() {
  return useQuery({ queryKey: KEY, queryFn: () => api<CalendarFeed>(PATH) });
}

/** Makes the address, or a new one that replaces it (the old one stops working). */
export function useCreateFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<CalendarFeed>(PATH, { method: 'POST' }),
    onSuccess: (feed) => client.setQueryData(KEY, { ...feed, url: null }),
  });
}

/** Turns the feed off: its address answers 404 from then on. */
export function useRevokeFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiVoid(PATH, { method: 'DELETE' }),
    onSuccess: () =>
      client.setQueryData<CalendarFeed>(KEY, {
        active: false,
        url: null,
        urlHint: null,
        createdAt: null,
        lastUsedAt: null,
      }),
  });
}
