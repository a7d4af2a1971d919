import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiVoid, type Page, withQuery } from '../../api/index.js';
import { partnersKey } from '../../shared/index.js';
import { type ListFilters, toQueryString } from './listQuery.js';
import type { BulkAction, Duplicate, Partner, PartnerInput, PartnerSummary, SearchHit } from './partners.types.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;

/** The partner list for filters, a page at a time; the last page stays while the next filters load. */
export function usePartnerList(workspaceId: string, filters: ListFilters) {
  return useInfiniteQuery({
    queryKey: [...partnersKey(workspaceId), 'list', filters],
    queryFn: ({ pageParam }) =>
      api<Page<PartnerSummary>>(
        `${base(workspaceId)}/partners?${toQueryString(filters, { limit: '50', ...(pageParam ? { cursor: pageParam } : {}) })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** One partner. */
export function usePartner(workspaceId: string, id: string | undefined) {
  return useQuery({
    queryKey: [...partnersKey(workspaceId), 'one', id],
    queryFn: () => api<Partner>(`${base(workspaceId)}/partners/${id}`),
    enabled: Boolean(id),
  });
}

function useRefresh(workspaceId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: partnersKey(workspaceId) });
}

/** Creates a partner; a 409 `duplicate` carries the matches unless `ignoreDuplicates`. */
export function useCreatePartner(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: PartnerInput & { ignoreDuplicates?: boolean }) =>
      api<Partner>(`${base(workspaceId)}/partners`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** Saves edits guarded by the version they were made on; 412 carries `current`. */
export function useUpdatePartner(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ id, patch, version }: { id: string; patch: Partial<PartnerInput>; version: number }) =>
      api<Partner>(`${base(workspaceId)}/partners/${id}`, { method: 'PATCH', body: { ...patch, version } }),
    onSuccess: refresh,
  });
}

/** Moves a partner to the trash. */
export function useDeletePartner(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiVoid(`${base(workspaceId)}/partners/${id}`, { method: 'DELETE', headers: { 'If-Match': String(version) } }),
    onSuccess: refresh,
  });
}

/** Brings a partner back from the trash (also usable after the page that deleted it is gone). */
export function restorePartner(workspaceId: string, id: string): Promise<Partner> {
  return api<Partner>(`${base(workspaceId)}/partners/${id}/restore`, { method: 'POST' });
}

/** Brings a partner back from the trash. */
export function useRestorePartner(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (id: string) => restorePartner(workspaceId, id),
    onSuccess: refresh,
  });
}

/** Merges partners into a survivor. */
export function useMergePartners(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: { survivorId: string; mergedIds: string[] }) =>
      api<Partner>(`${base(workspaceId)}/partners/merge`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export interface BulkRequest {
  ids: string[];
  action: BulkAction;
  tagId?: string;
  ownerId?: string | null;
}

/** Applies one action to many partners (also usable from a notification's Undo). */
export function bulkAction(workspaceId: string, body: BulkRequest): Promise<{ updated: number }> {
  return api<{ updated: number }>(`${base(workspaceId)}/partners/bulk`, { method: 'POST', body });
}

/** Applies one action to many partners. */
export function useBulkAction(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: BulkRequest) => bulkAction(workspaceId, body),
    onSuccess: refresh,
  });
}

/** Partners that look like the one being typed. */
export function checkDuplicates(
  workspaceId: string,
  body: { name?: string; contacts?: PartnerInput['contacts']; excludeId?: string },
): Promise<{ duplicates: Duplicate[] }> {
  return api(`${base(workspaceId)}/partners/check-duplicates`, { method: 'POST', body });
}

/**
 * Partners and people for a picker, best first: the directory's own search (name, email, phone,
 * tag, profile text) rather than the header's, which also searches relationships, interactions
 * and tasks that a picker has no use for.
 */
export function useSearch(workspaceId: string, q: string, limit = 10) {
  const text = q.trim();
  return useQuery({
    queryKey: [...partnersKey(workspaceId), 'picker', text, limit],
    queryFn: () => api<Page<PartnerSummary>>(withQuery(`${base(workspaceId)}/partners`, { q: text, limit })),
    select: (data): { items: SearchHit[] } => ({
      items: data.items.map((p) => ({ id: p.id, type: p.type, name: p.name, snippet: p.email ?? p.phone ?? null })),
    }),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** The download address of the list view as CSV or vCard. */
export function exportUrl(workspaceId: string, format: 'csv' | 'vcf', filters: ListFilters): string {
  const query = toQueryString(filters);
  return `${base(workspaceId)}/exports/partners.${format}${query ? `?${query}` : ''}`;
}
