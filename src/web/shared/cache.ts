import type { QueryClient } from '@tanstack/react-query';

/**
 * The workspace's query cache layout, shared by the features: a feature that changes something
 * refreshes another's data by its key, without importing that feature.
 */
export const partnersKey = (workspaceId: string) => ['ws', workspaceId, 'partners'] as const;
export const relationshipsKey = (workspaceId: string) => ['ws', workspaceId, 'relationships'] as const;
/** One relationship's cache entry; its health, snoozes and other parts live below it, so they refresh with it. */
export const relationshipKey = (workspaceId: string, id: string | undefined) =>
  [...relationshipsKey(workspaceId), 'one', id] as const;
export const interactionsKey = (workspaceId: string) => ['ws', workspaceId, 'interactions'] as const;

/**
 * Marks relationship data stale. The board keeps its own cards up to date after its moves, so
 * it can be left out: refetching it would drop the pages loaded further down its columns.
 */
export async function refreshRelationships(
  client: QueryClient,
  workspaceId: string,
  { exceptBoard = false } = {},
): Promise<void> {
  await Promise.all([
    client.invalidateQueries({
      queryKey: relationshipsKey(workspaceId),
      predicate: (query) => !exceptBoard || query.queryKey[3] !== 'board',
    }),
    // Stage moves and value assessments are entries of the partner's and relationship's timelines.
    client.invalidateQueries({ queryKey: ['ws', workspaceId, 'timeline'] }),
  ]);
}

/**
 * After an interaction or task changes: its pages, timelines, task lists, and relationships (their
 * last contact and next contact date follow the interactions).
 */
export function refreshActivity(client: QueryClient, workspaceId: string) {
  return Promise.all(
    ['interactions', 'tasks']
      .map((part) => client.invalidateQueries({ queryKey: ['ws', workspaceId, part] }))
      .concat(refreshRelationships(client, workspaceId)),
  );
}
