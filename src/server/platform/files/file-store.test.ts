import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer, text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from '../../test/s3.js';
import { createFileStore } from './file-store.js';
import { FileMissingError, fileKey, type FileStore } from './store.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-files-'));
// A real S3-compatible server (s3rver) in this process: the S3 store runs against it, not a mock.
let s3: S3TestServer;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const workspace = '0190f000-0000-7000-8000-000000000001';
const file = '0190f000-0000-7000-8000-000000000002';
const randomKey = () => fileKey(crypto.randomUUID(), crypto.randomUUID());

/** What every store must do, run against each of them. */
describe.each([
  { kind: 'disk', make: () => createFileStore({ dataDir, s3: undefined }) },
  { kind: 's3', make: () => createFileStore({ dataDir, s3: s3.config }) },
] as const)('file store contract: $kind', ({ kind, make }) => {
  let store: FileStore;
  beforeAll(async () => {
    store = await make();
    expect(store.kind).toBe(kind);
  });

  it('reads back exactly the bytes it was given: every byte value, and a file of a few megabytes', async () => {
    const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const large = crypto.randomBytes(3 * 1024 * 1024 + 17);
    for (const data of [everyByte, large, Buffer.from('Hợp đồng')]) {
      const key = randomKey();
      await store.put(key, data, 'application/octet-stream');
      const read = await buffer(await store.open(key));
      expect(read.length).toBe(data.length);
      expect(read.equals(data)).toBe(true);
    }
  });

  it('keeps files of one workspace apart', async () => {
    const ws = crypto.randomUUID();
    const [a, b] = [fileKey(ws, crypto.randomUUID()), fileKey(ws, crypto.randomUUID())];
    await store.put(a, Buffer.from('first'), 'text/plain');
    await store.put(b, Buffer.from('second'), 'text/plain');
    expect(await text(await store.open(a))).toBe('first');
    expect(await text(await store.open(b))).toBe('second');
    await store.remove([a]);
    await expect(store.open(a)).rejects.toBeInstanceOf(FileMissingError);
    expect(await text(await store.open(b))).toBe('second');
  });

  it('fails with FileMissingError for a key that holds nothing, in a known or an unknown workspace', async () => {
    const stored = randomKey();
    await store.put(stored, Buffer.from('x'), 'text/plain');
    const sibling = fileKey(stored.split('/')[0] ?? '', crypto.randomUUID());
    for (const key of [sibling, randomKey()]) {
      const failure = await store.open(key).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(FileMissingError);
      expect((failure as Error).message).toBe(`No stored file under ${key}`);
    }
  });

  it('removes files; keys that hold nothing, an empty list and a repeated removal are not errors', async () => {
    const key = randomKey();
    await store.put(key, Buffer.from('gone soon'), 'text/plain');
    await store.remove([key, randomKey()]);
    await expect(store.open(key)).rejects.toBeInstanceOf(FileMissingError);
    await store.remove([key]);
    await store.remove([]);
  });

  it('removes more keys at once than S3 takes in one request (1,000)', async () => {
    const keys = Array.from({ length: 1001 }, randomKey);
    const [first = '', last = ''] = [keys[0], keys[1000]];
    await store.put(first, Buffer.from('first'), 'text/plain');
    await store.put(last, Buffer.from('last'), 'text/plain');
    await store.remove(keys);
    await expect(store.open(first)).rejects.toBeInstanceOf(FileMissingError);
    await expect(store.open(last)).rejects.toBeInstanceOf(FileMissingError);
  });

  it('refuses keys that are not two ids', async () => {
    await expect(store.put('../../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow('Not a file key');
    await expect(store.open(`${workspace}/../${file}`)).rejects.toThrow('Not a file key');
  });
});

describe('disk store', () => {
  it('keeps files under DATA_DIR/attachments/<workspace>/<id>, written aside and renamed', async () => {
    const store = await createFileStore({ dataDir, s3: undefined });
    const key = fileKey(workspace, file);
    await store.put(key, Buffer.from('Hợp đồng'), 'text/plain');
    expect(fs.readFileSync(path.join(dataDir, 'attachments', workspace, file), 'utf8')).toBe('Hợp đồng');
    // Written aside and renamed: nothing else is left in the folder.
    expect(fs.readdirSync(path.join(dataDir, 'attachments', workspace))).toEqual([file]);
    await store.remove([key]);
    expect(fs.existsSync(path.join(dataDir, 'attachments', workspace, file))).toBe(false);
  });
});

describe('S3 store', () => {
  it('keeps objects attachments/<workspace>/<id> in the bucket with their content type, and nothing under DATA_DIR', async () => {
    const store = await createFileStore({
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-files-s3-')),
      s3: s3.config,
    });
    const key = randomKey();
    await store.put(key, Buffer.from('%PDF-1.4'), 'application/pdf');
    expect(await s3.object(`attachments/${key}`)).toEqual({
      body: Buffer.from('%PDF-1.4'),
      contentType: 'application/pdf',
    });
    await store.remove([key]);
    expect(await s3.object(`attachments/${key}`)).toBeUndefined();
  });

  it('reports a store that cannot be reached or refuses the request as an error, never as a missing file', async () => {
    const key = randomKey();
    const noBucket = await createFileStore({ dataDir, s3: { ...s3.config, bucket: 'no-such-bucket' } });
    // s3rver checks the access key id but not SigV4 signatures, so an unknown key stands for refused credentials.
    const unknownKey = await createFileStore({
      dataDir,
      s3: { ...s3.config, credentials: { accessKeyId: 'nobody', secretAccessKey: 'S3RVER' } },
    });
    const unreachable = await createFileStore({ dataDir, s3: { ...s3.config, endpoint: 'http://127.0.0.1:9' } });
    for (const store of [noBucket, unknownKey, unreachable]) {
      const failure = await store.open(key).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(FileMissingError);
      await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow();
      await expect(store.remove([key])).rejects.toThrow();
    }
  });
});

describe('file keys', () => {
  it('accepts only keys made of two ids, so no key reaches outside its folder', () => {
    expect(() => fileKey(workspace, '../../etc/passwd')).toThrow();
    expect(() => fileKey('..', file)).toThrow();
    expect(fileKey(workspace.toUpperCase(), file)).toBe(`${workspace}/${file}`);
  });
});
