import type { Schema } from '../../api/index.js';

/** A file on an interaction; its bytes are downloaded from `url` (the session cookie suffices). */
export type Attachment = Schema<'Attachment'>;

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
