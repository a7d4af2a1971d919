import { z } from 'zod';
import { type App, type Deps, idParam, requireAuth } from '../../platform/http/index.js';
import { contentDisposition } from '../attachments/index.js';
import { createFeed, feedCalendar, getFeed, interactionCalendar, revokeFeed } from './calendar.service.js';

const feedSchema = z.object({
  active: z.boolean(),
  /** The subscription address: only in the answer that creates it (only its hash is stored). */
  url: z.string().nullable(),
  /** The address's beginning, to recognise it later. */
  urlHint: z.string().nullable(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

export function calendarRoutes(app: App, deps: Deps) {
  app.get('/me/calendar-feed', {
    schema: {
      tags: ['calendar'],
      summary:
        'Whether you have a private calendar feed, since when and when it was last read (the address itself is shown only when made)',
      response: { 200: feedSchema },
    },
    handler: async (request) => getFeed(deps.db, deps.config, requireAuth(request)),
  });

  app.post('/me/calendar-feed', {
    schema: {
      tags: ['calendar'],
      summary: 'Make your private iCalendar feed address, or a new one that replaces it (the old one stops working)',
      response: { 201: feedSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createFeed(deps.db, deps.config, requireAuth(request))),
  });

  app.delete('/me/calendar-feed', {
    schema: { tags: ['calendar'], summary: 'Revoke your calendar feed: its address answers 404 from now on' },
    handler: async (request, reply) => {
      await revokeFeed(deps.db, requireAuth(request));
      return reply.status(204).send();
    },
  });

  app.get('/calendar/:token.ics', {
    schema: {
      tags: ['calendar'],
      summary:
        'A private iCalendar feed (no session: the token is the key): the meetings you take part in, across your workspaces, a year back and everything ahead',
      params: z.object({ token: z.string().max(100) }),
    },
    handler: async (request, reply) => {
      const text = await feedCalendar(deps.db, deps.config, request.params.token);
      return reply
        .type(CALENDAR_TYPE)
        .header('Cache-Control', 'private, no-cache')
        .header('X-Robots-Tag', 'noindex')
        .send(text);
    },
  });

  app.get('/w/:workspaceId/interactions/:interactionId.ics', {
    schema: {
      tags: ['calendar'],
      summary: 'One meeting as an .ics invitation (METHOD:REQUEST with organizer and attendees) to send or import',
      params: z.object({ workspaceId: idParam, interactionId: idParam }),
    },
    handler: async (request, reply) => {
      const { filename, text } = await interactionCalendar(
        deps.db,
        deps.config,
        requireAuth(request),
        request.params.workspaceId,
        request.params.interactionId,
      );
      return reply
        .type(CALENDAR_TYPE)
        .header('Content-Disposition', contentDisposition(filename.replace(/[/\\]/g, '_')))
        .header('Cache-Control', 'private, no-cache')
        .send(text);
    },
  });
}
