import type { FastifyError } from 'fastify';
import { z } from 'zod';
import { type App, type Deps, handleError, idParam, requireAuth } from '../../platform/http/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { ALLOWED_TYPES, contentDisposition, servedType } from './attachment-types.js';
import { attachmentListQuery, attachmentSchema, uploadQuery } from './attachments.schema.js';
import {
  deleteAttachment,
  listInteractionAttachments,
  openAttachment,
  restoreAttachment,
  tooLarge,
  uploadAttachment,
} from './attachments.service.js';

const interactionParams = z.object({ workspaceId: idParam, interactionId: idParam });
const attachmentParams = z.object({ workspaceId: idParam, interactionId: idParam, attachmentId: idParam });

export function attachmentRoutes(api: App, deps: Deps) {
  const maxBytes = deps.config.attachmentMaxBytes;

  // The upload takes the file itself as the body, whatever its type, in a plugin of its own so that
  // every other route still accepts JSON alone. That rule keeps cross-site forms out; here the
  // session hook has already required the X-CSRF-Token header before the body is read, which no
  // form can send, and the bytes are judged by their content, not by the Content-Type header.
  void api.register(async (app: App) => {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) =>
      done(null, body),
    );
    // Strangers, the signed-out and viewers are turned away before a byte of the body is read; the
    // membership was read with the session, so this costs no query (the service checks again).
    app.addHook('onRequest', async (request) => {
      const workspaceId = idParam.safeParse((request.params as { workspaceId?: unknown }).workspaceId);
      const auth = requireAuth(request);
      // A malformed id is left to the route's schema (400).
      if (workspaceId.success) await requirePermission(deps.db, auth, workspaceId.data, 'write');
    });
    app.setErrorHandler((error, request, reply) =>
      handleError(
        (error as Partial<FastifyError>).code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? tooLarge(maxBytes) : error,
        request,
        reply,
      ),
    );

    app.post('/w/:workspaceId/interactions/:interactionId/attachments', {
      bodyLimit: maxBytes,
      schema: {
        tags: ['interactions'],
        summary: `Attach a file: the raw bytes as the body, Content-Type as the browser gives it, ?filename=. Up to ATTACHMENT_MAX_BYTES (413 payload_too_large); the type is checked from the bytes against: ${Object.keys(ALLOWED_TYPES).join(', ')} (415 unsupported_media_type, rule forbidden_type or type_mismatch)`,
        consumes: ['application/octet-stream', ...Object.keys(ALLOWED_TYPES)],
        params: interactionParams,
        querystring: uploadQuery,
        response: { 201: attachmentSchema },
      },
      handler: async (request, reply) => {
        const { workspaceId, interactionId } = request.params;
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const attachment = await uploadAttachment(
          deps.db,
          deps.files,
          maxBytes,
          requireAuth(request),
          workspaceId,
          interactionId,
          {
            body,
            declaredType: request.headers['content-type'],
            filename: request.query.filename,
          },
        );
        return reply.status(201).header('Location', attachment.url).send(attachment);
      },
    });
  });

  api.get('/w/:workspaceId/interactions/:interactionId/attachments', {
    schema: {
      tags: ['interactions'],
      summary: "An interaction's attachments, oldest first (deleted=true: its trashed ones)",
      params: interactionParams,
      querystring: attachmentListQuery,
      response: { 200: z.object({ items: z.array(attachmentSchema) }) },
    },
    handler: async (request) => {
      const { workspaceId, interactionId } = request.params;
      return {
        items: await listInteractionAttachments(
          deps.db,
          requireAuth(request),
          workspaceId,
          interactionId,
          request.query.deleted ?? false,
        ),
      };
    },
  });

  api.get('/w/:workspaceId/interactions/:interactionId/attachments/:attachmentId', {
    schema: {
      tags: ['interactions'],
      summary: 'Download an attachment: Content-Disposition attachment (filename*), its checked type, nosniff',
      params: attachmentParams,
    },
    handler: async (request, reply) => {
      const { workspaceId, interactionId, attachmentId } = request.params;
      const { attachment, stream } = await openAttachment(
        deps.db,
        deps.files,
        requireAuth(request),
        workspaceId,
        interactionId,
        attachmentId,
      );
      return (
        reply
          .header('Content-Type', servedType(attachment.contentType))
          .header('Content-Length', String(attachment.sizeBytes))
          .header('Content-Disposition', contentDisposition(attachment.filename))
          .header('X-Content-Type-Options', 'nosniff')
          // Even opened in a tab by mistake, the file runs no script and reaches nothing.
          .header('Content-Security-Policy', "default-src 'none'; sandbox")
          .header('Cache-Control', 'private, no-cache')
          .send(stream)
      );
    },
  });

  api.delete('/w/:workspaceId/interactions/:interactionId/attachments/:attachmentId', {
    schema: {
      tags: ['interactions'],
      summary: 'Move an attachment to the trash (restorable for 30 days, then the file is removed)',
      params: attachmentParams,
    },
    handler: async (request, reply) => {
      const { workspaceId, interactionId, attachmentId } = request.params;
      await deleteAttachment(deps.db, requireAuth(request), workspaceId, interactionId, attachmentId);
      return reply.status(204).send();
    },
  });

  api.post('/w/:workspaceId/interactions/:interactionId/attachments/:attachmentId/restore', {
    schema: {
      tags: ['interactions'],
      summary: 'Bring an attachment back from the trash',
      params: attachmentParams,
      response: { 200: attachmentSchema },
    },
    handler: async (request) => {
      const { workspaceId, interactionId, attachmentId } = request.params;
      return restoreAttachment(deps.db, requireAuth(request), workspaceId, interactionId, attachmentId);
    },
  });
}
