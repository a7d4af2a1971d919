import { z } from 'zod';
import { type App, type Deps, idParam, pageQuery, requireAuth } from '../../platform/http/index.js';
import { flag } from '../../activity/interactions/index.js';
import { NOTIFICATION_KINDS } from './kinds.js';
import { pageNotifications, readAllNotifications, readNotification, unreadCount } from './notifications.service.js';
import { getReminderChoices, setReminderChoices } from './preferences.service.js';

const wsParams = z.object({ workspaceId: idParam });
const choiceSchema = z.object({ kind: z.enum(NOTIFICATION_KINDS), byEmail: z.boolean(), inApp: z.boolean() }).strict();
const choicesSchema = z.object({ items: z.array(choiceSchema) });
const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** What the app words the notification from, by kind (names, dates, counts); never wording. */
  params: z.record(z.string(), z.unknown()),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export function notificationRoutes(app: App, deps: Deps) {
  app.get('/w/:workspaceId/me/reminders', {
    schema: {
      tags: ['notifications'],
      summary: 'The caller’s reminder choices in this workspace, every kind (defaults filled in)',
      params: wsParams,
      response: { 200: choicesSchema },
    },
    handler: async (request) => getReminderChoices(deps.db, requireAuth(request), request.params.workspaceId),
  });

  app.put('/w/:workspaceId/me/reminders', {
    schema: {
      tags: ['notifications'],
      summary: 'Choose how each reminder kind arrives (by email, in the app); kinds left out keep their choice',
      params: wsParams,
      body: z.object({ items: z.array(choiceSchema).max(NOTIFICATION_KINDS.length) }).strict(),
      response: { 200: choicesSchema },
    },
    handler: async (request) =>
      setReminderChoices(deps.db, requireAuth(request), request.params.workspaceId, request.body.items),
  });

  app.get('/w/:workspaceId/notifications', {
    schema: {
      tags: ['notifications'],
      summary: 'The caller’s notifications, newest first; unread=true for the unread ones',
      params: wsParams,
      querystring: pageQuery.extend({ unread: flag.optional() }),
      response: { 200: z.object({ items: z.array(notificationSchema), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) =>
      pageNotifications(deps.db, requireAuth(request), request.params.workspaceId, request.query),
  });

  app.get('/w/:workspaceId/notifications/unread-count', {
    schema: {
      tags: ['notifications'],
      summary: 'How many of the caller’s notifications are unread',
      params: wsParams,
      response: { 200: z.object({ count: z.number() }) },
    },
    handler: async (request) => unreadCount(deps.db, requireAuth(request), request.params.workspaceId),
  });

  app.post('/w/:workspaceId/notifications/:notificationId/read', {
    schema: {
      tags: ['notifications'],
      summary: 'Mark one of the caller’s notifications read',
      params: z.object({ workspaceId: idParam, notificationId: idParam }),
    },
    handler: async (request, reply) => {
      await readNotification(deps.db, requireAuth(request), request.params.workspaceId, request.params.notificationId);
      return reply.status(204).send();
    },
  });

  app.post('/w/:workspaceId/notifications/read-all', {
    schema: {
      tags: ['notifications'],
      summary: 'Mark all of the caller’s notifications in this workspace read',
      params: wsParams,
    },
    handler: async (request, reply) => {
      await readAllNotifications(deps.db, requireAuth(request), request.params.workspaceId);
      return reply.status(204).send();
    },
  });
}
