import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { S3Config } from '../platform/core/index.js';

/** s3rver checks request signatures against these (its built-in account). */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A real S3-compatible server (s3rver) in the test process, on a free port, keeping its objects in
 * a temporary folder; the bucket is created through the S3 API. Tests look into the bucket with a
 * client of their own, as an operator would.
 */
export async function startS3Server(bucket = 'rapport-test') {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const config: S3Config = { endpoint, bucket, region: 'us-east-1', credentials: CREDENTIALS };
  const client = new S3Client({ endpoint, region: config.region, forcePathStyle: true, credentials: CREDENTIALS });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    config,
    /** The settings that point the app at this server (see README's configuration table). */
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: config.region,
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
    /** An object's bytes and stored type, or undefined when the bucket holds nothing under the key. */
    async object(key: string): Promise<{ body: Buffer; contentType: string | undefined } | undefined> {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        if (error instanceof NotFound) return undefined;
        throw error;
      }
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return { body: Buffer.from((await object.Body?.transformToByteArray()) ?? []), contentType: object.ContentType };
    },
    /** Every key in the bucket under a prefix. */
    async keys(prefix = ''): Promise<string[]> {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
      return (listed.Contents ?? []).map((o) => o.Key ?? '');
    },
    async close() {
      client.destroy();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

export type S3TestServer = Awaited<ReturnType<typeof startS3Server>>;
