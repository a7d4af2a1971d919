import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, type BodyOf, type Page, withQuery, type WorkspacePath } from '../../api/index.js';
import { refreshActivity } from '../../shared/index.js';
import type { LegacyEncoding } from '../../../shared/values/imports.js';
import type { ImportJob, ImportTarget, ImportUpload } from './imports.types.js';
import { isRunning } from './progress.js';

const key = (workspaceId: string) => ['ws', workspaceId, 'imports'] as const;
const path = (workspaceId: string) => `/api/v1/w/${workspaceId}/imports`;

/** The content type the server expects for a file: vCard by extension, else CSV. */
export function contentTypeOf(filename: string): string {
  return /\.(vcf|vcard)$/i.test(filename) ? 'text/vcard' : 'text/csv';
}

/** What an import changes: the partners, or (past interactions) timelines, calendars and last contacts. */
function refreshImported(client: QueryClient, workspaceId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['ws', workspaceId, 'partners'] }),
    refreshActivity(client, workspaceId),
  ]);
}

/** Uploads a file for partners or past interactions and answers its columns, a preview and a suggested mapping. */
export function useUploadImport(workspaceId: string, target: ImportTarget) {
  return useMutation({
    mutationFn: (file: File) =>
      api<ImportUpload>(withQuery(path(workspaceId), { filename: file.name, target }), {
        method: 'POST',
        raw: { data: file, contentType: contentTypeOf(file.name) },
      }),
  });
}

/** The upload's answer again, the file read in another encoding (nothing is stored until the import starts). */
export function usePreviewImport(workspaceId: string, id: string) {
  return useMutation({
    mutationFn: (encoding: LegacyEncoding) =>
      api<ImportUpload>(withQuery(`${path(workspaceId)}/${id}/preview`, { encoding })),
  });
}

export type StartInput = { id: string } & BodyOf<WorkspacePath<'/imports/{importId}/start'>>;

/** Starts an uploaded import with the chosen mapping, encoding and (when asked) order of dates. */
export function useStartImport(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: StartInput) =>
      api<ImportJob>(`${path(workspaceId)}/${id}/start`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(workspaceId) }),
  });
}

/** One import, polled every 500 ms while it runs. */
export function useImport(workspaceId: string, id: string | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: [...key(workspaceId), 'one', id],
    queryFn: async () => {
      const job = await api<ImportJob>(`${path(workspaceId)}/${id}`);
      if (!isRunning(job)) {
        void client.invalidateQueries({ queryKey: [...key(workspaceId), 'list'] });
        void refreshImported(client, workspaceId);
      }
      return job;
    },
    enabled: Boolean(id),
    refetchInterval: (query) =>
      query.state.error ? false : isRunning(query.state.data) || !query.state.data ? 500 : false,
  });
}

/** Past imports, newest first. */
export function useImports(workspaceId: string) {
  return useInfiniteQuery({
    queryKey: [...key(workspaceId), 'list'],
    queryFn: ({ pageParam }) => api<Page<ImportJob>>(withQuery(path(workspaceId), { limit: 20, cursor: pageParam })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Removes everything an import created. */
export function useUndoImport(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ImportJob>(`${path(workspaceId)}/${id}/undo`, { method: 'POST' }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: key(workspaceId) }), refreshImported(client, workspaceId)]),
  });
}
