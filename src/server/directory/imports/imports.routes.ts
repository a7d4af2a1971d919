import { z } from 'zod';
import { AppError, fieldError } from '../../platform/core/index.js';
import { type App, type Deps, idParam, pageQuery, requireAuth } from '../../platform/http/index.js';
import { importSchema, startBody, uploadQuery, uploadResultSchema } from './imports.schema.js';
import { getImport, listImports, startImport, undoImport, uploadImport } from './imports.service.js';
import { createImportRunner } from './runner.js';

/** Uploads may be large: a 100,000-row CSV is ~10 MB. */
export const UPLOAD_LIMIT = 50 * 1024 * 1024;
const FILE_TYPES = ['text/csv', 'text/vcard', 'text/x-vcard', 'application/octet-stream'];

const wsParams = z.object({ workspaceId: idParam });
const jobParams = z.object({ workspaceId: idParam, importId: idParam });

/** The encoding a byte-order mark names: Excel's "Unicode Text" and some Outlook exports are UTF-16. */
function encodingOf(body: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes an uploaded file as UTF-8, or UTF-16 when a BOM says so (the BOM is dropped); other encodings, and a NUL
 * byte that no text column can hold, are a 400 that says what to do.
 */
function decodeText(body: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder(encodingOf(body), { fatal: true }).decode(body);
  } catch {
    throw fieldError(
      'file',
      'invalid_encoding',
      'The file is not UTF-8 text; save it as "CSV UTF-8" and upload it again',
    );
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw fieldError(
      'file',
      'invalid_characters',
      `Line ${line} of the file holds a NUL byte, which text cannot hold`,
      {
        line,
      },
    );
  }
  return text;
}

export function importRoutes(api: App, deps: Deps) {
  void api.register(async (app: App) => {
    const runner = createImportRunner(deps.db, app.log);
    app.addHook('onReady', async () => runner.resumeInterrupted());
    app.addHook('onClose', async () => runner.close());
    // File bodies only inside this plugin: every other route still takes JSON alone.
    app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) => {
      try {
        done(null, decodeText(body as Buffer));
      } catch (error) {
        done(error as AppError, undefined);
      }
    });

    app.post('/w/:workspaceId/imports', {
      schema: {
        tags: ['imports'],
        summary:
          'Upload a CSV (comma or semicolon, UTF-8, BOM optional) or vCard file as the raw body (text/csv, text/vcard; up to 50 MiB); ?target=interactions for a CSV of past interactions; answers columns, a preview and a suggested mapping',
        consumes: FILE_TYPES,
        params: wsParams,
        querystring: uploadQuery,
        body: z.string(),
        response: { 201: uploadResultSchema },
      },
      handler: async (request, reply) => {
        const { workspaceId } = request.params;
        const upload = await uploadImport(deps.db, requireAuth(request), workspaceId, {
          content: request.body,
          contentType: String(request.headers['content-type'] ?? ''),
          filename: request.query.filename,
          target: request.query.target,
        });
        return reply.status(201).header('Location', `/api/v1/w/${workspaceId}/imports/${upload.id}`).send(upload);
      },
    });

    app.post('/w/:workspaceId/imports/:importId/start', {
      schema: {
        tags: ['imports'],
        summary:
          'Start an uploaded import with a column mapping (default: the suggested one); runs in the background, poll GET for progress',
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
