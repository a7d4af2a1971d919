import type { Db, ImportTarget } from '../../platform/db/index.js';
import { AppError, fieldError, newId, notFound } from '../../platform/core/index.js';
import { type Auth, toPage, uuidCursor } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { requirePermission } from '../../platform/access/index.js';
import {
  findJob,
  findJobFile,
  insertJob,
  listJobs,
  markStarted,
  markUndone,
  trashImportedPartners,
  type JobRow,
} from './imports.repository.js';
import type { ImportView } from './imports.schema.js';
import { IMPORT_FIELDS, suggestMapping } from './mapping.js';
import { targetOf } from './targets.js';
import type { ImportRunner } from './runner.js';
import { detectFormat, readSource } from './source.js';
import { VCARD_MAPPING } from './vcard.js';
import { decodeFile, type LegacyEncoding } from './encoding.js';
import { dateOrdersFor, reread, uploadView } from './upload-view.js';
import type { DateOrder } from '../../../shared/values/imports.js';

function present(job: JobRow): ImportView {
  return {
    id: job.id,
    target: job.target,
    filename: job.filename,
    format: job.format,
    encoding: job.encoding,
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

/**
 * Stores an uploaded file as an import job and answers what the mapping step shows: how the file
 * was read, columns, a preview, what its dates say, a guess at the mapping.
 */
export async function uploadImport(
  db: Db,
  auth: Auth,
  workspaceId: string,
  input: {
    body: Buffer;
    contentType: string;
    filename: string | undefined;
    target: ImportTarget;
    encoding: LegacyEncoding | undefined;
  },
) {
  await requirePermission(db, auth, workspaceId, 'write');
  const file = decodeFile(input.body, input.encoding);
  const format = detectFormat(input.contentType, input.filename ?? '', file.text);
  if (input.target === 'interactions' && format === 'vcard')
    throw fieldError('file', 'invalid_format', 'Past interactions are imported from a CSV file, not from vCards');
  const filename = input.filename ?? (format === 'vcard' ? 'import.vcf' : 'import.csv');
  const source = readSourceOrRefuse(format, file.text);
  const job = await insertJob(db, {
    workspaceId,
    id: newId(),
    target: input.target,
    filename,
    format,
    content: file.text,
    encoding: file.encoding,
    raw: file.raw,
    rowCount: source.rows.length,
    createdBy: auth.user.id,
  });
  return uploadView(
    job,
    { encoding: file.encoding, rereadable: !!file.raw },
    source,
    suggestFor(job.target, format, source.columns),
  );
}

/** The file's columns and rows; a file without a data row is a 400. */
function readSourceOrRefuse(format: 'csv' | 'vcard', text: string) {
  const source = readSource(format, text);
  if (source.rows.length === 0)
    throw fieldError(
      'file',
      'required',
      format === 'vcard' ? 'The file holds no vCard' : 'The file has no data rows under its header line',
    );
  return source;
}

/** The mapping step's view of an uploaded import again, the file read in the encoding asked for; nothing is stored. */
export async function previewImport(
  db: Db,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: { encoding?: LegacyEncoding | undefined },
) {
  await requirePermission(db, auth, workspaceId, 'write');
  const job = await findJob(db, workspaceId, id);
  if (!job) throw notFound('Import');
  if (job.status !== 'uploaded') throw new AppError('conflict', 'This import has already been started');
  const stored = await findJobFile(db, workspaceId, id);
  const file = reread(stored, input.encoding);
  const source = readSourceOrRefuse(job.format, file.text);
  return uploadView(
    job,
    { encoding: file.encoding, rereadable: !!stored.raw },
    source,
    suggestFor(job.target, job.format, source.columns),
  );
}

function suggestFor(target: ImportTarget, format: 'csv' | 'vcard', columns: string[]): Record<string, string | null> {
  if (target !== 'partners') return targetOf(target).suggest(columns);
  return format === 'vcard' ? { ...VCARD_MAPPING } : suggestMapping(columns);
}

const PARTNER_FIELDS = { fields: new Set<string>(IMPORT_FIELDS), required: ['name'] };

/** The fields a target's mapping may use, and those it must use. */
function fieldsOf(target: ImportTarget): { fields: ReadonlySet<string>; required: string[] } {
  return target === 'partners' ? PARTNER_FIELDS : targetOf(target);
}

/**
 * Starts an uploaded import with the chosen mapping (or the suggested one); the rows are imported in the background.
 */
export async function startImport(
  db: Db,
  runner: ImportRunner,
  auth: Auth,
  workspaceId: string,
  id: string,
  input: {
    mapping?: Record<string, string | null> | undefined;
    encoding?: LegacyEncoding | undefined;
    dateOrder?: DateOrder | undefined;
  },
) {
  await requirePermission(db, auth, workspaceId, 'write');
  const job = await findJob(db, workspaceId, id);
  if (!job) throw notFound('Import');
  if (job.status !== 'uploaded') throw new AppError('conflict', 'This import has already been started');
  const stored = await findJobFile(db, workspaceId, id);
  const file = reread(stored, input.encoding);
  const source = readSourceOrRefuse(job.format, file.text);
  const mapping: Record<string, string | null> = input.mapping ?? suggestFor(job.target, job.format, source.columns);
  const columns = new Set(source.columns);
  const unknown = Object.keys(mapping).filter((c) => !columns.has(c));
  if (unknown.length) {
    throw new AppError('validation', 'The mapping names columns the file does not have', {
      errors: unknown.map((c) => ({
        path: `mapping.${c}`,
        rule: 'unknown_field',
        message: 'is not a column of the file',
      })),
    });
  }
  const { fields, required } = fieldsOf(job.target);
  const foreign = Object.entries(mapping).filter(([, field]) => field !== null && !fields.has(field));
  if (foreign.length) {
    throw new AppError('validation', `The mapping names fields that ${job.target} do not have`, {
      errors: foreign.map(([c]) => ({
        path: `mapping.${c}`,
        rule: 'invalid_value',
        message: `is not a field of ${job.target}`,
        params: { values: [...fields] },
      })),
    });
  }
  const missing = required.filter((field) => !Object.values(mapping).includes(field));
  if (missing.length) {
    throw new AppError('validation', `Map a column to ${missing.join(' and ')}`, {
      errors: [
        {
          path: 'mapping',
          rule: 'required',
          message: `Map a column to ${missing.join(' and ')}`,
          params: { fields: missing },
        },
      ],
    });
  }
  const dateOrders = dateOrdersFor(mapping, source, input.dateOrder);
  // The runner reads `content`: a file read in another encoding is stored as read now.
  const readAgain =
    file.encoding === stored.encoding
      ? undefined
      : { content: file.text, encoding: file.encoding, rowCount: source.rows.length };
  const started = await markStarted(db, workspaceId, id, { mapping, dateOrders, reread: readAgain });
  if (!started) throw new AppError('conflict', 'This import has already been started');
  runner.start(workspaceId, id);
  return present(started);
}

export async function getImport(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'read');
  const job = await findJob(db, workspaceId, id);
  if (!job) throw notFound('Import');
  return present(job);
}

export async function listImports(
  db: Db,
  auth: Auth,
  workspaceId: string,
  query: { limit: number; cursor?: string | undefined },
) {
  await requirePermission(db, auth, workspaceId, 'read');
  const rows = await listJobs(db, workspaceId, { limit: query.limit, before: uuidCursor(query.cursor) });
  const page = toPage(rows, query.limit, (r) => [r.id]);
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

/**
 * Moves everything the import created that still lives to the trash, in one transaction: the
 * partners of a partner import, or the interactions of a history import (whose relationships'
 * last contact is recomputed without them).
 */
export async function undoImport(db: Db, auth: Auth, workspaceId: string, id: string) {
  await requirePermission(db, auth, workspaceId, 'write');
  const job = await findJob(db, workspaceId, id);
  if (!job) throw notFound('Import');
  const result = await db.transaction().execute(async (trx) => {
    const undone = await markUndone(trx, workspaceId, id);
    if (!undone) return undefined;
    const removed =
      job.target === 'partners'
        ? await trashImportedPartners(trx, workspaceId, id, auth.user.id)
        : await targetOf(job.target).undo(trx, auth, workspaceId, id);
    const counted = job.target === 'interactions' ? 'interactionsRemoved' : 'partnersRemoved';
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'import.undo',
      entityType: 'import',
      entityId: id,
      changes: { status: { before: job.status, after: 'undone' }, [counted]: { before: null, after: removed } },
    });
    return undone;
  });
  if (!result)
    throw new AppError(
      'conflict',
      job.status === 'undone' ? 'This import has already been undone' : 'Only a finished import can be undone',
    );
  return present(result);
}
