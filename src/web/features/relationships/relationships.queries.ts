import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, apiVoid, type Page, withQuery } from '../../api/index.js';
import { refreshRelationships, relationshipKey, relationshipsKey } from '../../shared/index.js';
import type { PartnerSummary } from '../partners/index.js';
import { type RelationshipFilters, toQueryString } from './listQuery.js';
import type {
  AssessmentInput,
  ChecklistItem,
  Relationship,
  RelationshipInput,
  RelationshipSettings,
  Stage,
  StageHistoryEntry,
  Tier,
  ValueAssessment,
} from './relationships.types.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;
const oneKey = relationshipKey;

function useRefresh(workspaceId: string) {
  const client = useQueryClient();
  return () => refreshRelationships(client, workspaceId);
}

/** The relationship list for filters, a page at a time. */
export function useRelationshipList(workspaceId: string, filters: RelationshipFilters) {
  return useInfiniteQuery({
    queryKey: [...relationshipsKey(workspaceId), 'list', filters],
    queryFn: ({ pageParam }) =>
      api<Page<Relationship>>(
        `${base(workspaceId)}/relationships?${toQueryString(filters, { limit: '50', ...(pageParam ? { cursor: pageParam } : {}) })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** One relationship, with its current stage's checklist. */
export function useRelationship(workspaceId: string, id: string | undefined) {
  return useQuery({
    queryKey: oneKey(workspaceId, id),
    queryFn: () => api<Relationship>(`${base(workspaceId)}/relationships/${id}`),
    enabled: Boolean(id),
  });
}

/** Puts a relationship the server answered into the cache, keeping the checklist it already had. */
export function storeRelationship(client: QueryClient, workspaceId: string, saved: Relationship): void {
  client.setQueryData<Relationship>(oneKey(workspaceId, saved.id), (old) =>
    saved.checklist || !old || old.stage !== saved.stage ? saved : { ...saved, checklist: old.checklist },
  );
}

/** A partner's live relationships. */
export function usePartnerRelationships(workspaceId: string, partnerId: string) {
  return useQuery({
    queryKey: [...relationshipsKey(workspaceId), 'of-partner', partnerId],
    queryFn: () => api<{ items: Relationship[] }>(`${base(workspaceId)}/partners/${partnerId}/relationships`),
    select: (data) => data.items,
  });
}

export type CreateBody = Partial<RelationshipInput> & { partnerId: string; stage?: Stage };

/** Starts a relationship with a partner. */
export function useCreateRelationship(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: CreateBody) => api<Relationship>(`${base(workspaceId)}/relationships`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** Saves edits guarded by the version they were made on; a 412 carries `current`. */
export function updateRelationship(
  workspaceId: string,
  id: string,
  patch: Partial<RelationshipInput>,
  version: number,
) {
  return api<Relationship>(`${base(workspaceId)}/relationships/${id}`, {
    method: 'PATCH',
    body: { ...patch, version },
  });
}

/** Saves edits guarded by the version they were made on. */
export function useUpdateRelationship(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch, version }: { id: string; patch: Partial<RelationshipInput>; version: number }) =>
      updateRelationship(workspaceId, id, patch, version),
    onSuccess: (saved) => {
      storeRelationship(client, workspaceId, saved);
      return refreshRelationships(client, workspaceId);
    },
  });
}

/** Moves a relationship to the trash. */
export function useDeleteRelationship(workspaceId: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiVoid(`${base(workspaceId)}/relationships/${id}`, {
        method: 'DELETE',
        headers: { 'If-Match': String(version) },
      }),
    onSuccess: refresh,
  });
}

/** Brings a relationship back from the trash. */
export function restoreRelationship(workspaceId: string, id: string): Promise<Relationship> {
  return api<Relationship>(`${base(workspaceId)}/relationships/${id}/restore`, { method: 'POST' });
}

export interface StageMoveBody {
  to: Stage;
  version: number;
  note?: string;
  reason?: string;
  confirmSkipped?: boolean;
}

/** Moves a relationship to another stage; 409 `checklist_incomplete` lists the open items. */
export function moveStage(workspaceId: string, id: string, body: StageMoveBody): Promise<Relationship> {
  return api<Relationship>(`${base(workspaceId)}/relationships/${id}/stage`, { method: 'POST', body });
}

/** Changes only the tier (a drop on the board's tier columns). */
export function changeTier(workspaceId: string, id: string, tier: Tier, version: number): Promise<Relationship> {
  return updateRelationship(workspaceId, id, { tier }, version);
}

/** The stage moves of a relationship, newest first. */
export function useStageHistory(workspaceId: string, id: string) {
  return useQuery({
    queryKey: [...oneKey(workspaceId, id), 'stage-history'],
    queryFn: () => api<{ items: StageHistoryEntry[] }>(`${base(workspaceId)}/relationships/${id}/stage-history`),
    select: (data) => data.items,
  });
}

/**
 * Ticks or unticks an item of the current stage's checklist. The tick shows at once (set before
 * the request, in the same event) and goes back if the server refuses it.
 */
export function useSetChecklistItem(workspaceId: string, id: string) {
  const client = useQueryClient();
  const key = oneKey(workspaceId, id);
  const setDone = (itemId: string, done: boolean) =>
    client.setQueryData<Relationship>(key, (old) =>
      old?.checklist ? { ...old, checklist: old.checklist.map((i) => (i.id === itemId ? { ...i, done } : i)) } : old,
    );
  const mutation = useMutation({
    mutationFn: ({ itemId, done }: { itemId: string; done: boolean }) =>
      api<{ checklist: ChecklistItem[] }>(`${base(workspaceId)}/relationships/${id}/checklist/${itemId}`, {
        method: 'PUT',
        body: { done },
      }),
    onError: (_error, { itemId, done }) => setDone(itemId, !done),
    onSuccess: ({ checklist }) => client.setQueryData<Relationship>(key, (old) => (old ? { ...old, checklist } : old)),
  });
  return {
    set: (itemId: string, done: boolean, onError: (error: unknown) => void) => {
      setDone(itemId, done);
      mutation.mutate({ itemId, done }, { onError });
    },
  };
}

/** The value assessments of a relationship, newest first. */
export function useValueAssessments(workspaceId: string, id: string) {
  return useQuery({
    queryKey: [...oneKey(workspaceId, id), 'value-assessments'],
    queryFn: () => api<{ items: ValueAssessment[] }>(`${base(workspaceId)}/relationships/${id}/value-assessments`),
    select: (data) => data.items,
  });
}

/** Records a new answer to "can we help them? can they help us?". */
export function useAddAssessment(workspaceId: string, id: string) {
  const refresh = useRefresh(workspaceId);
  return useMutation({
    mutationFn: (body: AssessmentInput) =>
      api<ValueAssessment>(`${base(workspaceId)}/relationships/${id}/value-assessments`, {
        method: 'POST',
        body: {
          canWeHelp: body.canWeHelp,
          canTheyHelp: body.canTheyHelp,
          ...(body.canWeHelpNote.trim() ? { canWeHelpNote: body.canWeHelpNote.trim() } : {}),
          ...(body.canTheyHelpNote.trim() ? { canTheyHelpNote: body.canTheyHelpNote.trim() } : {}),
          ...(body.assessedOn ? { assessedOn: body.assessedOn } : {}),
        },
      }),
    onSuccess: refresh,
  });
}

const settingsKey = (workspaceId: string) => ['ws', workspaceId, 'relationship-settings'] as const;

/** Tier cadences and the checklist of each stage. */
export function useRelationshipSettings(workspaceId: string) {
  return useQuery({
    queryKey: settingsKey(workspaceId),
    queryFn: () => api<RelationshipSettings>(`${base(workspaceId)}/relationship-settings`),
  });
}

function useSettingsRefresh(workspaceId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: settingsKey(workspaceId) }),
      refreshRelationships(client, workspaceId),
    ]);
}

/** Saves the tiers' cadences (owners and admins). */
export function useSaveTiers(workspaceId: string) {
  const refresh = useSettingsRefresh(workspaceId);
  return useMutation({
    mutationFn: (tiers: { tier: Tier; cadenceDays: number }[]) =>
      api<unknown>(`${base(workspaceId)}/relationship-settings/tiers`, { method: 'PUT', body: { tiers } }),
    onSuccess: refresh,
  });
}

/** Saves one stage's checklist: order, labels, new and removed items (owners and admins). */
export function useSaveChecklist(workspaceId: string) {
  const refresh = useSettingsRefresh(workspaceId);
  return useMutation({
    mutationFn: ({ stage, items }: { stage: Stage; items: { id?: string; label: string | null }[] }) =>
      api<unknown>(`${base(workspaceId)}/relationship-settings/checklists/${stage}`, {
        method: 'PUT',
        body: { items },
      }),
    onSuccess: refresh,
  });
}

/** Partners whose name matches, for picking the partner of a new relationship. */
export function usePartnerMatches(workspaceId: string, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['ws', workspaceId, 'partners', 'pick', text],
    queryFn: () => api<Page<PartnerSummary>>(withQuery(`${base(workspaceId)}/partners`, { q: text, limit: 20 })),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
