import type { GlobalHit } from './search.queries.js';

/** The order the header lists kinds in, the same as the server answers them. */
export const HIT_GROUPS = ['organization', 'person', 'relationship', 'interaction', 'task'] as const;

/** A key unique across kinds (a relationship and its partner never share an id, but be plain about it). */
export const hitKey = (hit: GlobalHit) => `${hit.type}:${hit.id}`;

/** Hits by kind, in HIT_GROUPS order, empty kinds left out. */
export function groupHits(hits: GlobalHit[]): { type: GlobalHit['type']; hits: GlobalHit[] }[] {
  return HIT_GROUPS.map((type) => ({ type, hits: hits.filter((hit) => hit.type === type) })).filter(
    (group) => group.hits.length > 0,
  );
}

/**
 * The page a hit opens. A task has no page of its own: it opens what it belongs to (its
 * interaction, else relationship, else partner), or My tasks.
 */
export function hitPath(workspaceId: string, hit: GlobalHit): string {
  const base = `/w/${workspaceId}`;
  switch (hit.type) {
    case 'organization':
    case 'person':
      return `${base}/partners/${hit.id}`;
    case 'relationship':
      return `${base}/relationships/${hit.id}`;
    case 'interaction':
      return `${base}/interactions/${hit.id}`;
    case 'task':
      if (hit.interactionId) return `${base}/interactions/${hit.interactionId}`;
      if (hit.relationshipId) return `${base}/relationships/${hit.relationshipId}`;
      if (hit.partnerId) return `${base}/partners/${hit.partnerId}`;
      return `${base}/tasks`;
  }
}
