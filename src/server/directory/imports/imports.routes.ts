import { z } from 'zod';
import { type App, type Deps, idParam, pageQuery, requireAuth } from '../../platform/http/index.js';
import { importSchema, previewQuery, startBody, uploadQuery, uploadResultSchema } from './imports.schema.js';
import { getImport, listImports, previewImport, startImport, undoImport, uploadImport } from './imports.service.js';
import { createImportRunner } from './runner.js';

/** Uploads may be large: a 100,000-row CSV is ~10 MB. */
export const UPLOAD_LIMIT = 50 * 1024 * 1024;
const FILE_TYPES = ['text/csv', 'text/vcard', 'text/x-vcard', 'application/octet-stream'];

const wsParams = z.object({ workspaceId: idParam });
const jobParams = z.object({ workspaceId: idParam, importId: idParam });

export function importRoutes(api: App, deps: Deps) {
  void api.register(async (app: App) => {
    const runner = createImportRunner(deps.db, app.log);
    app.addHook('onReady', async () => runner.resumeInterrupted());
    app.addHook('onClose', async () => runner.close());
    // File bodies only inside this plugin: every other route still takes JSON alone.
    // The bytes as sent: the service reads them once the caller may write (encoding.ts says how).
    app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) =>
      done(null, body),
    );

    app.post('/w/:workspaceId/imports', {
      schema: {
        tags: ['imports'],
        summary:
          'Upload a CSV (comma, semicolon or tab; UTF-8, UTF-16 with a BOM, or a Windows/KOI8 code page, detected or ?encoding=) or vCard file as the raw body (text/csv, text/vcard; up to 50 MiB); ?target=interactions for a CSV of past interactions; answers how it was read, columns, a preview, what its dates say and a suggested mapping',
        consumes: FILE_TYPES,
        params: wsParams,
        querystring: uploadQuery,
        response: { 201: uploadResultSchema },
      },
      handler: async (request, reply) => {
        const { workspaceId } = request.params;
        const upload = await uploadImport(deps.db, requireAuth(request), workspaceId, {
          body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          contentType: String(request.headers['content-type'] ?? ''),
          filename: request.query.filename,
          target: request.query.target,
          encoding: request.query.encoding,
        });
        return reply.status(201).header('Location', `/api/v1/w/${workspaceId}/imports/${upload.id}`).send(upload);
      },
    });

    app.get('/w/:workspaceId/imports/:importId/preview', {
      schema: {
        tags: ['imports'],
        summary:
          'The upload answer again for an import not yet started, the file read in ?encoding= (one of its `encodings`); nothing is stored',
        params: jobParams,
        querystring: previewQuery,
        response: { 200: uploadResultSchema },
      },
      handler: async (request) =>
        previewImport(
          deps.db,
          requireAuth(request),
          request.params.workspaceId,
          request.params.importId,
          request.query,
        ),
    });

    app.post('/w/:workspaceId/imports/:importId/start', {
      schema: {
        tags: ['imports'],
        summary:
          'Start an uploaded import with a column mapping (default: the suggested one), the encoding chosen and, when the file leaves it open, the order of its dates (dateOrder); runs in the background, poll GET for progress',
        params: jobParams,
        body: startBody,
        response: { 202: importSchema },
      },
      handler: async (request, reply) => {
        const job = await startImport(
          deps.db,
          runner,
          requireAuth(request),
          request.params.workspaceId,
          request.params.importId,
          request.body,
        );
        return reply.status(202).send(job);
      },
    });

    app.get('/w/:workspaceId/imports', {
      schema: {
        tags: ['imports'],
        summary: 'Imports, newest first',
        params: wsParams,
        querystring: pageQuery,
        response: { 200: z.object({ items: z.array(importSchema), nextCursor: z.string().nullable() }) },
      },
      handler: async (request) => listImports(deps.db, requireAuth(request), request.params.workspaceId, request.query),
    });

    app.get('/w/:workspaceId/imports/:importId', {
      schema: {
        tags: ['imports'],
        summary: 'An import: status, progress counters and row errors (line, field, rule)',
        params: jobParams,
        response: { 200: importSchema },
      },
      handler: async (request) =>
        getImport(deps.db, requireAuth(request), request.params.workspaceId, request.params.importId),
    });

    app.post('/w/:workspaceId/imports/:importId/undo', {
      schema: {
        tags: ['imports'],
        summary:
          'Undo a finished import: every partner (or interaction) it created goes to the trash; 409 when running or already undone',
        params: jobParams,
        response: { 200: importSchema },
      },
      handler: async (request) =>
        undoImport(deps.db, requireAuth(request), request.params.workspaceId, request.params.importId),
    });
  });
}
