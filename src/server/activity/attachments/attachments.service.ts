import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db } from '../../platform/db/index.js';
import { AppError, fieldError, newId, notFound } from '../../platform/core/index.js';
import { FileMissingError, fileKey, type FileStore } from '../../platform/files/index.js';
import type { Auth } from '../../platform/http/index.js';
import { insertAudit } from '../../platform/audit/index.js';
import { requirePermission } from '../../platform/access/index.js';
import { checkFileType, settleFilename } from './attachment-types.js';
import {
  countLiveAttachments,
  findAttachedInteraction,
  findAttachment,
  insertAttachment,
  listAttachments,
  setAttachmentDeleted,
  type AttachmentRow,
} from './attachments.repository.js';
import { presentAttachment, type AttachmentView } from './attachments.schema.js';

/** Live attachments an interaction may hold: enough for any meeting, and a bound on what one list returns. */
export const MAX_ATTACHMENTS = 100;

type Upload = { body: Buffer; declaredType: string | undefined; filename: string | undefined };

async function requireInteraction(db: Db, workspaceId: string, interactionId: string, live: boolean) {
  const interaction = await findAttachedInteraction(db, workspaceId, interactionId);
  if (!interaction || (live && interaction.deletedAt)) throw notFound('Interaction');
  return interaction;
}

export async function listInteractionAttachments(
  db: Db,
  auth: Auth,
  workspaceId: string,
  interactionId: string,
  deleted: boolean,
): Promise<AttachmentView[]> {
  await requirePermission(db, auth, workspaceId, 'read');
  await requireInteraction(db, workspaceId, interactionId, false);
  return (await listAttachments(db, workspaceId, [interactionId], deleted)).map(presentAttachment);
}

/**
 * Checks and stores an uploaded file: its size, its type from its bytes (attachment-types.ts) and
 * its name; then the bytes go to the file store and the metadata row and audit entry are written
 * in one transaction. A row that cannot be written takes its file away again.
 */
export async function uploadAttachment(
  db: Db,
  files: FileStore,
  maxBytes: number,
  auth: Auth,
  workspaceId: string,
  interactionId: string,
  upload: Upload,
): Promise<AttachmentView> {
  await requirePermission(db, auth, workspaceId, 'write');
  await requireInteraction(db, workspaceId, interactionId, true);
  if (upload.body.length === 0) throw fieldError('file', 'required', 'The file is empty');
  if (upload.body.length > maxBytes) throw tooLarge(maxBytes);
  const type = await checkFileType(upload.body, upload.declaredType, upload.filename ?? '');
  if (!type.ok) {
    const message =
      type.rule === 'type_mismatch'
        ? `The file's content is ${String(type.params.detected)}, not ${String(type.params.declared)}`
        : `Files of type ${String(type.params.detected)} cannot be attached`;
    throw new AppError('unsupported_media_type', message, {
      errors: [{ path: 'file', rule: type.rule, message, params: type.params }],
    });
  }
  if ((await countLiveAttachments(db, workspaceId, interactionId)) >= MAX_ATTACHMENTS) {
    throw new AppError('conflict', `An interaction holds at most ${MAX_ATTACHMENTS} attachments; delete one first`);
  }
  const id = newId();
  const key = fileKey(workspaceId, id);
  const row = {
    workspaceId,
    id,
    interactionId,
    filename: settleFilename(upload.filename, type.contentType),
    contentType: type.contentType,
    sizeBytes: upload.body.length,
    sha256: crypto.createHash('sha256').update(upload.body).digest('hex'),
    createdBy: auth.user.id,
  };
  await files.put(key, upload.body, type.contentType);
  try {
    await db.transaction().execute(async (trx) => {
      await insertAttachment(trx, row, new Date());
      await insertAudit(trx, {
        workspaceId,
        actorId: auth.user.id,
        action: 'attachment.create',
        entityType: 'attachment',
        entityId: id,
        changes: auditChanges(row, null),
      });
    });
  } catch (error) {
    await files.remove([key]).catch(() => undefined);
    throw error;
  }
  return presentAttachment(await mustFind(db, workspaceId, interactionId, id));
}

export function tooLarge(maxBytes: number): AppError {
  const message = `The file is larger than ${maxBytes} bytes`;
  return new AppError('payload_too_large', message, {
    errors: [{ path: 'file', rule: 'too_big', message, params: { maximum: maxBytes } }],
  });
}

async function mustFind(db: Db, workspaceId: string, interactionId: string, id: string): Promise<AttachmentRow> {
  const row = await findAttachment(db, workspaceId, interactionId, id);
  if (!row) throw notFound('Attachment');
  return row;
}

/**
 * An attachment and its bytes, for download; a trashed attachment (or one of a trashed interaction) reads too, like the
 * interaction itself.
 */
export async function openAttachment(
  db: Db,
  files: FileStore,
  auth: Auth,
  workspaceId: string,
  interactionId: string,
  id: string,
): Promise<{ attachment: AttachmentView; stream: Readable }> {
  await requirePermission(db, auth, workspaceId, 'read');
  const row = await mustFind(db, workspaceId, interactionId, id);
  try {
    return { attachment: presentAttachment(row), stream: await files.open(fileKey(workspaceId, id)) };
  } catch (error) {
    // The row outlived its file (a store emptied by hand): to the caller it is simply gone.
    if (error instanceof FileMissingError) throw notFound('Attachment file');
    throw error;
  }
}

/**
 * Moves an attachment to the trash; the file stays until the purge, so a restore within 30 days
 * brings it back. Attachments cannot be edited, so there is no version to check.
 */
export async function deleteAttachment(
  db: Db,
  auth: Auth,
  workspaceId: string,
  interactionId: string,
  id: string,
): Promise<void> {
  await requirePermission(db, auth, workspaceId, 'write');
  await requireInteraction(db, workspaceId, interactionId, true);
  const row = await mustFind(db, workspaceId, interactionId, id);
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    if (!(await setAttachmentDeleted(trx, workspaceId, id, now))) throw notFound('Attachment');
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'attachment.delete',
      entityType: 'attachment',
      entityId: id,
      changes: { ...auditChanges(row, row), deletedAt: { before: null, after: now.toISOString() } },
    });
  });
}

export async function restoreAttachment(
  db: Db,
  auth: Auth,
  workspaceId: string,
  interactionId: string,
  id: string,
): Promise<AttachmentView> {
  await requirePermission(db, auth, workspaceId, 'write');
  await requireInteraction(db, workspaceId, interactionId, true);
  const row = await mustFind(db, workspaceId, interactionId, id);
  await db.transaction().execute(async (trx) => {
    if (!(await setAttachmentDeleted(trx, workspaceId, id, null))) throw notFound('Deleted attachment');
    await insertAudit(trx, {
      workspaceId,
      actorId: auth.user.id,
      action: 'attachment.restore',
      entityType: 'attachment',
      entityId: id,
      changes: { ...auditChanges(row, row), deletedAt: { before: row.deletedAt?.toISOString() ?? null, after: null } },
    });
  });
  return presentAttachment(await mustFind(db, workspaceId, interactionId, id));
}

type Audited = { interactionId: string; filename: string; contentType: string; sizeBytes: number };

/**
 * The attachment's identity in an audit entry: on create as after-values, on delete/restore unchanged on both sides.
 */
function auditChanges(row: Audited, before: Audited | null) {
  const fields = ['interactionId', 'filename', 'contentType', 'sizeBytes'] as const;
  return Object.fromEntries(fields.map((f) => [f, { before: before ? before[f] : null, after: row[f] }]));
}
