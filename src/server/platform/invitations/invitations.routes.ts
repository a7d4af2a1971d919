import { z } from 'zod';
import {
  type App,
  type Deps,
  emailField,
  idParam,
  localeField,
  nameField,
  pageQuery,
  passwordField,
  requireAuth,
  roleField,
  sessionSchema,
  toPage,
  uuidCursor,
} from '../http/index.js';
import { deleteSession, startSession } from '../auth/index.js';
import { sessionView } from '../users/index.js';
import { acceptInvitation } from './accept.service.js';
import {
  cancelInvitation,
  createInvitation,
  invitationStatus,
  pageInvitations,
  previewInvitation,
} from './invitations.service.js';

const statusField = z.enum(['pending', 'accepted', 'revoked', 'expired']);
const invitationListItem = z.object({
  id: z.string(),
  email: z.string(),
  role: roleField,
  status: statusField,
  invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
const tokenParams = z.object({ token: z.string().min(10).max(200) });

export function invitationRoutes(app: App, deps: Deps) {
  app.post('/w/:workspaceId/invitations', {
    schema: {
      tags: ['members'],
      summary: 'Invite someone by email (owner/admin); the link is returned and emailed',
      params: z.object({ workspaceId: idParam }),
      body: z.object({ email: emailField, role: roleField }).strict(),
      response: {
        201: z.object({
          id: z.string(),
          email: z.string(),
          role: roleField,
          token: z.string(),
          url: z.string(),
          expiresAt: z.string(),
        }),
      },
    },
    handler: async (request, reply) => {
      const { workspaceId } = request.params;
      const { invitation, emailId } = await createInvitation(deps.db, requireAuth(request), workspaceId, {
        ...request.body,
        publicUrl: deps.config.publicUrl,
      });
      await deps.mailer.deliver([emailId]);
      return reply
        .status(201)
        .header('Location', `/api/v1/w/${workspaceId}/invitations/${invitation.id}`)
        .send(invitation);
    },
  });

  app.get('/w/:workspaceId/invitations', {
    schema: {
      tags: ['members'],
      summary: 'Invitations of the workspace, newest first (owner/admin)',
      params: z.object({ workspaceId: idParam }),
      querystring: pageQuery,
      response: { 200: z.object({ items: z.array(invitationListItem), nextCursor: z.string().nullable() }) },
    },
    handler: async (request) => {
      const { limit, cursor } = request.query;
      const rows = await pageInvitations(deps.db, requireAuth(request), request.params.workspaceId, {
        limit,
        before: uuidCursor(cursor),
      });
      const page = toPage(rows, limit, (r) => [r.id]);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((r) => ({
          id: r.id,
          email: r.email,
          role: r.role,
          status: invitationStatus(r),
          invitedBy: r.invitedBy ? { id: r.invitedBy, name: r.invitedByName ?? '' } : null,
          createdAt: r.createdAt.toISOString(),
          expiresAt: r.expiresAt.toISOString(),
        })),
      };
    },
  });

  app.delete('/w/:workspaceId/invitations/:invitationId', {
    schema: {
      tags: ['members'],
      summary: 'Revoke a pending invitation (owner/admin)',
      params: z.object({ workspaceId: idParam, invitationId: idParam }),
    },
    handler: async (request, reply) => {
      await cancelInvitation(deps.db, requireAuth(request), request.params.workspaceId, request.params.invitationId);
      return reply.status(204).send();
    },
  });

  app.get('/invitations/:token', {
    schema: {
      tags: ['members'],
      summary: 'What an invitation link offers; 404 invitation_invalid when used, revoked or expired',
      params: tokenParams,
      response: {
        200: z.object({
          workspaceName: z.string(),
          email: z.string(),
          role: roleField,
          accountExists: z.boolean(),
          expiresAt: z.string(),
        }),
      },
    },
    handler: async (request) => previewInvitation(deps.db, request.params.token),
  });

  app.post('/invitations/:token/accept', {
    schema: {
      tags: ['members'],
      summary: 'Accept an invitation: creates the account if needed (name, password) and signs in',
      params: tokenParams,
      body: z
        .object({ name: nameField.optional(), password: passwordField.optional(), locale: localeField.optional() })
        .strict(),
      response: { 200: sessionSchema },
    },
    handler: async (request, reply) => {
      const { user, workspaceId } = await acceptInvitation(deps.db, request.params.token, request.body, {
        auth: request.auth,
        ip: request.ip,
      });
      if (request.auth) await deleteSession(deps.db, request.auth.sessionId);
      const session = await startSession(deps.db, deps, request, reply, user.id, workspaceId);
      return sessionView(deps.db, user, { ...session, currentWorkspaceId: workspaceId });
    },
  });
}
