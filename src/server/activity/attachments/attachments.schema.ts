import { z } from 'zod';
import type { AttachmentRow } from './attachments.repository.js';

export const attachmentSchema = z.object({
  id: z.string(),
  interactionId: z.string(),
  filename: z.string(),
  /** The checked type (from the bytes), which the download is served as. */
  contentType: z.string(),
  sizeBytes: z.number(),
  /** SHA-256 of the bytes, hex: tells identical files apart without downloading them. */
  sha256: z.string(),
  /** Where to download it (GET, the session cookie suffices). */
  url: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type AttachmentView = z.infer<typeof attachmentSchema>;

export const uploadQuery = z.object({ filename: z.string().trim().min(1).max(255).optional() }).strict();
export const attachmentListQuery = z
  .object({
    deleted: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .strict();

/** The attachment resource from its row. */
export function presentAttachment(row: AttachmentRow): AttachmentView {
  return {
    id: row.id,
    interactionId: row.interactionId,
    filename: row.filename,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    url: `/api/v1/w/${row.workspaceId}/interactions/${row.interactionId}/attachments/${row.id}`,
    createdBy: row.createdBy ? { id: row.createdBy, name: row.createdByName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
