import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, type Page, withQuery } from '../../api/index.js';
import { partnersKey, relationshipsKey } from '../../shared/index.js';
import type { Partner } from '../partners/index.js';
import type { Relationship } from '../relationships/index.js';
import type { RelationshipLink } from './interactions.types.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;

export const toRelationshipLink = (r: Relationship): RelationshipLink => ({
  id: r.id,
  partnerId: r.partner.id,
  partnerName: r.partner.name,
  purpose: r.purpose,
  partnerType: r.partner.type,
});

/** The chosen partners in full (their people come from the affiliations), shared with the partner pages' cache. */
export function usePartnerDetails(workspaceId: string, ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [...partnersKey(workspaceId), 'one', id],
      queryFn: () => api<Partner>(`${base(workspaceId)}/partners/${id}`),
      staleTime: 60_000,
    })),
  });
}

/** The live relationships of the chosen partners: what to suggest before anything is typed. */
export function useRelationshipsOfPartners(workspaceId: string, partnerIds: string[]) {
  return useQueries({
    queries: partnerIds.map((id) => ({
      queryKey: [...relationshipsKey(workspaceId), 'of-partner', id],
      queryFn: () => api<{ items: Relationship[] }>(`${base(workspaceId)}/partners/${id}/relationships`),
      staleTime: 60_000,
    })),
    combine: (results) => results.flatMap((r) => r.data?.items ?? []).map(toRelationshipLink),
  });
}

/** Relationships whose partner's name matches. */
export function useRelationshipSearch(workspaceId: string, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: [...relationshipsKey(workspaceId), 'pick', text],
    queryFn: () => api<Page<Relationship>>(withQuery(`${base(workspaceId)}/relationships`, { q: text, limit: 20 })),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    select: (page) => page.items.map(toRelationshipLink),
  });
}
