import type { PersonRef } from '../partners/partners.types.js';

/** A file on an interaction; its bytes are downloaded from `url` (the session cookie suffices). */
export interface Attachment {
  id: string;
  interactionId: string;
  filename: string;
  /** The type checked from the bytes. */
  contentType: string;
  sizeBytes: number;
  sha256: string;
  url: string;
  createdBy: PersonRef | null;
  createdAt: string;
  deletedAt: string | null;
}

/** What the file input offers (the server decides from the bytes; this only narrows the picker). */
export const ACCEPTED_FILES = [
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.heic',
  '.heif',
  '.txt',
  '.md',
  '.csv',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
].join(',');
