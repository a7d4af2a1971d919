import { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '../core/index.js';
import { FileMissingError, fileKey, type FileStore } from './store.js';

/** S3 allows 1,000 keys per DeleteObjects call. */
const DELETE_BATCH = 1000;

/**
 * Files as objects `attachments/<workspaceId>/<fileId>` in one bucket of AWS S3 or an
 * S3-compatible service. This module is imported only when S3_BUCKET is set.
 * Tested against s3rver, an S3-compatible server run in the test process (see test/s3.ts).
 */
export function createS3Store(config: S3Config): FileStore {
  const client = new S3Client({
    region: config.region,
    // An S3-compatible service (MinIO, Ceph, …): path-style URLs, and checksums only where S3
    // requires them, since older services refuse the SDK's default CRC32 headers.
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
  });
  const objectKey = (key: string) => {
    const [workspaceId = '', fileId = ''] = key.split('/');
    return `attachments/${fileKey(workspaceId, fileId)}`;
  };
  return {
    kind: 's3',
    async put(key, data, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket: config.bucket,
          Key: objectKey(key),
          Body: data,
          ContentType: contentType,
          ContentLength: data.length,
        }),
      );
    },
    async open(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: objectKey(key) }));
        if (!(object.Body instanceof Readable)) throw new Error('S3 answered without a body stream');
        return object.Body;
      } catch (error) {
        if (error instanceof NoSuchKey) throw new FileMissingError(key);
        throw error;
      }
    },
    async remove(keys) {
      for (let i = 0; i < keys.length; i += DELETE_BATCH) {
        const batch = keys.slice(i, i + DELETE_BATCH).map((key) => ({ Key: objectKey(key) }));
        const result = await client.send(
          new DeleteObjectsCommand({ Bucket: config.bucket, Delete: { Objects: batch, Quiet: true } }),
        );
        const failed = result.Errors?.[0];
        if (failed)
          throw new Error(`S3 could not delete ${failed.Key ?? ''}: ${failed.Code ?? ''} ${failed.Message ?? ''}`);
      }
    },
  };
}
