import type { Readable } from 'node:stream';

/**
 * Where attachment files live: a small interface so the database keeps only metadata and the
 * bytes go to local disk or S3-compatible storage. Keys are `<workspaceId>/<fileId>`.
 */
export interface FileStore {
  readonly kind: 'disk' | 's3';
  /** Stores a whole file under a new key. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file's bytes as a stream; throws FileMissingError when the key holds nothing. */
  open(key: string): Promise<Readable>;
  /** Removes files; keys that hold nothing are not an error (removal is retried and repeated). */
  remove(keys: string[]): Promise<void>;
}

/** The key names a file that is not (or no longer) in the store. */
export class FileMissingError extends Error {
  constructor(key: string) {
    super(`No stored file under ${key}`);
  }
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY = new RegExp(`^${UUID}/${UUID}$`);

/** The key of a workspace's file; refuses anything but two ids, so a key can never climb out of its folder. */
export function fileKey(workspaceId: string, fileId: string): string {
  const key = `${workspaceId}/${fileId}`.toLowerCase();
  if (!KEY.test(key)) throw new Error(`Not a file key: ${key}`);
  return key;
}
