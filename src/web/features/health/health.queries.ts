import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/index.js';
import { relationshipKey } from '../../shared/index.js';
import type { Health } from './health.types.js';

/** A relationship's health score, its components and 90-day trend; refreshed with the relationship. */
export function useHealth(workspaceId: string, relationshipId: string) {
  return useQuery({
    queryKey: [...relationshipKey(workspaceId, relationshipId), 'health'],
    queryFn: () => api<Health>(`/api/v1/w/${workspaceId}/relationships/${relationshipId}/health`),
  });
}
