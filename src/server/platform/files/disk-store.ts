import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { FileMissingError, fileKey, type FileStore } from './store.js';

/** Files under `<dataDir>/attachments/<workspaceId>/<fileId>`. One app instance, or a shared volume for several. */
export function createDiskStore(dataDir: string): FileStore {
  const root = path.join(dataDir, 'attachments');
  const fileOf = (key: string) => {
    const [workspaceId = '', fileId = ''] = key.split('/');
    return path.join(root, ...fileKey(workspaceId, fileId).split('/'));
  };
  return {
    kind: 'disk',
    async put(key, data) {
      const file = fileOf(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed into place: a reader never sees half a file, and a crash leaves
      // only a temporary file, never a key that holds a truncated one.
      const temporary = `${file}.${crypto.randomBytes(6).toString('hex')}.part`;
      try {
        await fs.promises.writeFile(temporary, data, { flag: 'wx' });
        await fs.promises.rename(temporary, file);
      } catch (error) {
        await fs.promises.rm(temporary, { force: true });
        throw error;
      }
    },
    async open(key): Promise<Readable> {
      let handle: fs.promises.FileHandle;
      try {
        handle = await fs.promises.open(fileOf(key), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileMissingError(key);
        throw error;
      }
      return handle.createReadStream();
    },
    async remove(keys) {
      for (const key of keys) await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}
