import { useQueries } from '@tanstack/react-query';
import { api, withQuery } from '../../api/index.js';
import { interactionsKey, partnersKey, relationshipsKey } from '../../shared/index.js';

export type FirstStepKey = 'partners' | 'relationships' | 'interactions' | 'colleagues';
export interface FirstStep {
  key: FirstStepKey;
  done: boolean;
}

interface Counted {
  items: unknown[];
}

/**
 * Whether each first step is done, read from the lists the workspace already has (one row is
 * enough to know). The keys sit below each list's own cache key, so adding a partner or logging
 * an interaction ticks its step at once. Null until every answer is in, so nothing flickers.
 * `colleagues` is asked for only when the caller may invite (managers): done with a second member
 * or an invitation sent.
 */
export function useFirstSteps(workspaceId: string, manager: boolean): FirstStep[] | null {
  const base = `/api/v1/w/${workspaceId}`;
  const probe = (key: readonly unknown[], path: string, limit = 1) => ({
    queryKey: [...key, 'first-step'],
    queryFn: () => api<Counted>(withQuery(`${base}/${path}`, { limit })),
  });
  const probes = [
    probe(partnersKey(workspaceId), 'partners'),
    probe(relationshipsKey(workspaceId), 'relationships'),
    probe(interactionsKey(workspaceId), 'interactions'),
    ...(manager
      ? [probe(['ws', workspaceId, 'members'], 'members', 2), probe(['ws', workspaceId, 'invitations'], 'invitations')]
      : []),
  ];
  const answers = useQueries({ queries: probes });
  if (answers.some((a) => !a.data)) return null;
  const counts = answers.map((a) => a.data?.items.length ?? 0);
  const steps: FirstStep[] = [
    { key: 'partners', done: (counts[0] ?? 0) > 0 },
    { key: 'relationships', done: (counts[1] ?? 0) > 0 },
    { key: 'interactions', done: (counts[2] ?? 0) > 0 },
  ];
  if (manager) steps.push({ key: 'colleagues', done: (counts[3] ?? 0) > 1 || (counts[4] ?? 0) > 0 });
  return steps;
}
