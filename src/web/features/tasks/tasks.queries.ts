import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, withQuery } from '../../api/index.js';
import { refreshActivity } from '../../shared/index.js';
import type { DueBucket, Task, TaskOwner, TaskStatus } from './tasks.types.js';

const base = (workspaceId: string) => `/api/v1/w/${workspaceId}`;
export const tasksKey = (workspaceId: string) => ['ws', workspaceId, 'tasks'] as const;

export interface TaskListParams {
  owner: TaskOwner;
  status: TaskStatus;
  due?: DueBucket;
  limit?: number;
}

const ownerQuery = (owner: TaskOwner) => ('mine' in owner ? { mine: 'true' } : { owner: owner.ownerId });

/** Tasks in due order (undated last), a page at a time. */
export function useTaskList(workspaceId: string, { owner, status, due, limit = 50 }: TaskListParams) {
  return useInfiniteQuery({
    queryKey: [...tasksKey(workspaceId), 'list', owner, status, due ?? 'all', limit],
    queryFn: ({ pageParam }) =>
      api<Page<Task>>(
        withQuery(`${base(workspaceId)}/tasks`, { ...ownerQuery(owner), status, due, limit, cursor: pageParam }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

const COUNT_LIMIT = 100;

/** How many of the caller's open tasks are overdue or due today (the navigation's badge); "100+" past that. */
export function useDueNowCount(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...tasksKey(workspaceId), 'due-now-count'],
    queryFn: async () => {
      const pages = await Promise.all(
        (['overdue', 'today'] as const).map((due) =>
          api<Page<Task>>(
            withQuery(`${base(workspaceId)}/tasks`, { mine: 'true', status: 'open', due, limit: COUNT_LIMIT }),
          ),
        ),
      );
      return {
        count: pages.reduce((sum, page) => sum + page.items.length, 0),
        more: pages.some((page) => page.nextCursor),
      };
    },
    enabled,
    staleTime: 60_000,
  });
}

/** Completes or reopens a task (also usable from a notification's Undo). */
export function setTaskStatus(
  workspaceId: string,
  task: Pick<Task, 'id' | 'version'>,
  status: TaskStatus,
): Promise<Task> {
  return api<Task>(`${base(workspaceId)}/tasks/${task.id}`, {
    method: 'PATCH',
    body: { status, version: task.version },
  });
}

/** Completes or reopens a task with one click. */
export function useSetTaskStatus(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ task, status }: { task: Pick<Task, 'id' | 'version'>; status: TaskStatus }) =>
      setTaskStatus(workspaceId, task, status),
    // Not awaited: the row may leave its list on refetch, and the caller's callbacks must still run.
    onSettled: () => {
      void refreshActivity(client, workspaceId);
    },
  });
}

export interface CreateTaskBody {
  title: string;
  notes?: string;
  ownerId?: string;
  dueOn?: string | null;
  interactionId?: string;
  relationshipId?: string;
  partnerId?: string;
}

/** Creates a task, owned by the caller unless another member is named. */
export function useCreateTask(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskBody) => api<Task>(`${base(workspaceId)}/tasks`, { method: 'POST', body }),
    onSuccess: () => refreshActivity(client, workspaceId),
  });
}
