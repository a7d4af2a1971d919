import type { Config } from '../core/index.js';
import { createDiskStore } from './disk-store.js';
import type { FileStore } from './store.js';

/**
 * The store the configuration asks for: S3 when S3_BUCKET is set (the AWS SDK is imported only
 * then, so the default set-up never loads it), else DATA_DIR/attachments.
 */
export async function createFileStore(config: Pick<Config, 'dataDir' | 's3'>): Promise<FileStore> {
  if (config.s3) {
    const { createS3Store } = await import('./s3-store.js');
    return createS3Store(config.s3);
  }
  return createDiskStore(config.dataDir);
}
