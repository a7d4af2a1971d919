import { useMemo } from 'react';
import { useRelationshipSettings } from './relationships.queries.js';
import type { Tier } from './relationships.types.js';

/** The workspace's contact cadence in days for each tier. */
export function useTierCadence(workspaceId: string): Partial<Record<Tier, number>> {
  const settings = useRelationshipSettings(workspaceId);
  return useMemo(
    () => Object.fromEntries((settings.data?.tiers ?? []).map((t) => [t.tier, t.cadenceDays])),
    [settings.data],
  );
}
