import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore, FileMissingError, fileKey } from './file-store.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-files-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const workspace = '0190f000-0000-7000-8000-000000000001';
const file = '0190f000-0000-7000-8000-000000000002';

describe('file store', () => {
  it('keeps files on disk under DATA_DIR/attachments/<workspace>/<id>, reads them back and removes them', async () => {
    const store = await createFileStore({ dataDir, s3: undefined });
    expect(store.kind).toBe('disk');
    const key = fileKey(workspace, file);
    await store.put(key, Buffer.from('Hợp đồng'), 'text/plain');
    expect(fs.readFileSync(path.join(dataDir, 'attachments', workspace, file), 'utf8')).toBe('Hợp đồng');
    // Written aside and renamed: nothing else is left in the folder.
    expect(fs.readdirSync(path.join(dataDir, 'attachments', workspace))).toEqual([file]);
    expect(await text(await store.open(key))).toBe('Hợp đồng');
    await store.remove([key, fileKey(workspace, '0190f000-0000-7000-8000-000000000003')]);
    await expect(store.open(key)).rejects.toBeInstanceOf(FileMissingError);
  });

  it('accepts only keys made of two ids, so no key reaches outside its folder', () => {
    expect(() => fileKey(workspace, '../../etc/passwd')).toThrow();
    expect(() => fileKey('..', file)).toThrow();
    expect(fileKey(workspace.toUpperCase(), file)).toBe(`${workspace}/${file}`);
  });

  it('loads the S3 store only when S3 is configured (the store itself needs a real S3 service and is not exercised here)', async () => {
    const store = await createFileStore({ dataDir, s3: { bucket: 'rapport', endpoint: 'http://127.0.0.1:9', region: 'us-east-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' } } });
    expect(store.kind).toBe('s3');
  });
});
