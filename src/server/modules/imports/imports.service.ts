import type { Db } from '../../db/database.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import type { Auth } from '../../http/types.js';
import { toPage, uuidCursor } from '../../http/pagination.js';
import { newId } from '../../ids.js';
import { insertAudit } from '../audit/audit.repository.js';
import { requirePermission } from '../workspaces/access.js';
import { findJob, findJobContent, insertJob, listJobs, markStarted, undoJob, type JobRow } from './imports.repository.js';
import type { ImportView } from './imports.schema.js';
import { suggestMapping, type Mapping } from './mapping.js';
import type { ImportRunner } from './runner.js';
import { detectFormat, readSource } from './source.js';
import { VCARD_MAPPING } from './vcard.js';

const PREVIEW_ROWS = 10;

function present(job: JobRow): ImportView {
  return {
    id: job.id,
    filename: job.filename,
    format: job.format,
    status: job.status,
    rowCount: job.rowCount,
    processed: job.processed,
    imported: job.imported,
    failed: job.failed,
    errors: job.errors,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** Stores an uploaded file as an import job and answers what the mapping step shows: columns, a preview, a guess. */
export async function uploadImport(db: Db, auth: Auth, workspaceId: string, input: { content: string; contentType: string; filename: string | undefined }) {
  await requirePermission(db, auth, workspaceId, 'write');
  const format = detectFormat(input.contentType, input.filename ?? '', input.content);
  const filename = input.filename ?? (format === 'vcard' ? 'import.vcf' : 'import.csv');
  const { columns, rows } = readSource(format, input.content);
  if (rows.length === 0) throw fieldError('file', 'required', format === 'vcard' ? 'The file holds no vCard' : 'The file has no data rows under its header line');
  const job = await insertJob(db, { workspaceId, id: newId(), filename, format, content: input.content, rowCount: rows.length, createdBy: auth.user.id });
  return {
    id: job.id,
    format,
    columns,
    preview: rows.slice(0, PREVIEW_ROWS).map((r) => columns.map((_, i) => (r.values[i] ?? []).join('; '))),
    rowCount: rows.length,
    suggestedMapping: format === 'vcard' ? { ...VCARD_MAPPING } : suggestMapping(columns),
  };
}

/** Starts an uploaded import with the chosen mapping (or the suggested one); the rows are imported in the background. */
export async function startImport(db: Db, runner: ImportRunner, auth: Auth, workspaceId: string, id: string, input: { mapping?: Mapping | undefined }) {
  await requirePermission(db, auth, workspaceId, 'write');
  const job = await findJob(db, workspaceId, id);
  if (!job) throw notFound('Import');
  if (job.status !== 'uploaded') throw new AppError('conflict', 'This import has already been started');
  const mapping = input.mapping ?? (await suggestedFor(db, job));
  const columns = new Set(await columnsOf(db, job));
  const unknown = Object.keys(mapping).filter((c) => !columns.has(c));
  if (unknown.length) {
    throw new AppError('validation', 'The mapping names columns the file does not have', { errors: unknown.map((c) => ({ path: `mapping.${c}`, rule: 'unknown_field', message: 'is not a column of the file' })) });
  }
  if (!Object.values(mapping).includes('name')) throw fieldError('mapping', 'required', 'Map a column to the name');
  const started = await markStarted(db, workspaceId, id, mapping);
  if (!started) throw new AppError('conflict', 'This import has already been started');
  runner.start(workspaceId, id);
  return present(started);
}

async function columnsOf(db: Db, job: JobRow): Promise<string[]> {
  return readSource(job.format, await findJobContent(db, job.workspaceId, job.id)).columns;
}

async function suggestedFor(db: Db, job: JobRow): Promise<Mapping> {
  return job.format === 'vcard' ? { ...VCARD_MAPPING } : suggestMapping(await columnsOf(db, job));
}

export async function getImport(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  const job = await findJob(db, workspaceId, id);
  if (!job) throw notFound('Import');
  return present(job);
}

export async function listImports(db: Db, auth: Auth, workspaceId: string, query: { limit: number; cursor?: string | undefined }) {
  await requirePermission(db, auth, workspaceId, 'read');
  const rows = await listJobs(db, workspaceId, { limit: query.limit, before: uuidCursor(query.cursor) });
  const page = toPage(rows, query.limit, (r) => [r.id]);
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

/** Moves every partner the import created (and that still exists) to the trash, in one transaction. */
export async function undoImport(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'write');
  const job = await findJob(db, workspaceId, id);
  if (!job) throw notFound('Import');
  const result = await db.transaction().execute(async (trx) => {
    const undone = await undoJob(trx, workspaceId, id, auth.user.id);
    if (!undone) return undefined;
    await insertAudit(trx, { workspaceId, actorId: auth.user.id, action: 'import.undo', entityType: 'import', entityId: id, changes: { status: { before: job.status, after: 'undone' }, partnersRemoved: { before: null, after: undone.removed } } });
    return undone.job;
  });
  if (!result) throw new AppError('conflict', job.status === 'undone' ? 'This import has already been undone' : 'Only a finished import can be undone');
  return present(result);
}
