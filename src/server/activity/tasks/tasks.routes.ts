import { z } from 'zod';
import { type App, type Deps, idParam, readVersion, requireAuth } from '../../platform/http/index.js';
import { createTaskBody, taskListQuery, taskSchema, updateTaskBody } from './tasks.schema.js';
import { createTask, deleteTask, getTask, listTasks, restoreTask, updateTask } from './tasks.service.js';

const wsParams = z.object({ workspaceId: idParam });
const taskParams = z.object({ workspaceId: idParam, taskId: idParam });

export function taskRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/tasks', {
    schema: {
      tags: ['tasks'],
      summary:
        'Tasks in due order (undated last), keyset-paginated; mine=true for My tasks, due=overdue|today|week in the caller’s time zone',
      params: wsParams,
      querystring: taskListQuery,
      response: { 200: z.object({ items: z.array(taskSchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => listTasks(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.post('/w/:workspaceId/tasks', {
    schema: {
      tags: ['tasks'],
      summary: 'Create a task (owner: the caller unless given); linked to an interaction it is one of its action items',
      params: wsParams,
      body: createTaskBody,
      response: { 201: taskSchema },
    },
    handler: async (request, reply) => {
      const task = await createTask(deps.db, requireAuth(request), request.params.workspaceId, request.body);
      return reply
        .status(201)
        .header('Location', `/api/v1/w/${request.params.workspaceId}/tasks/${task.id}`)
        .header('ETag', String(task.version))
        .send(task);
    },
  });

  app.get('/w/:workspaceId/tasks/:taskId', {
    schema: { tags: ['tasks'], summary: 'A task', params: taskParams, response: { 200: taskSchema } },
    handler: async (request, reply) => {
      const task = await getTask(deps.db, requireAuth(request), request.params.workspaceId, request.params.taskId);
      return reply.header('ETag', String(task.version)).send(task);
    },
  });

  app.patch('/w/:workspaceId/tasks/:taskId', {
    schema: {
      tags: ['tasks'],
      summary:
        'Edit a task (version or If-Match); status done completes it, open reopens it; 412 stale_version carries the current task',
      params: taskParams,
      body: updateTaskBody,
      response: { 200: taskSchema },
    },
    handler: async (request, reply) => {
      const { workspaceId, taskId } = request.params;
      const task = await updateTask(
        deps.db,
        requireAuth(request),
        workspaceId,
        taskId,
        request.body,
        readVersion(request),
      );
      return reply.header('ETag', String(task.version)).send(task);
    },
  });

  app.delete('/w/:workspaceId/tasks/:taskId', {
    schema: {
      tags: ['tasks'],
      summary: 'Move a task to the trash (If-Match: version); restorable',
      params: taskParams,
    },
    handler: async (request, reply) => {
      await deleteTask(
        deps.db,
        requireAuth(request),
        request.params.workspaceId,
        request.params.taskId,
        readVersion(request),
      );
      return reply.status(204).send();
    },
  });

  app.post('/w/:workspaceId/tasks/:taskId/restore', {
    schema: {
      tags: ['tasks'],
      summary: 'Bring a task back from the trash',
      params: taskParams,
      response: { 200: taskSchema },
    },
    handler: async (request) =>
      restoreTask(deps.db, requireAuth(request), request.params.workspaceId, request.params.taskId),
  });
}
