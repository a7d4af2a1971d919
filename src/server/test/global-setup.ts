import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateToLatest, openDatabase } from '../platform/db/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
  }
}

/**
 * Runs once per `npm test`: migrates one embedded database and saves its files, so each test
 * file starts from a copy in well under a second instead of running initdb and migrations again.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgliteTemplate', null);
    return;
  }
  const handle = await openDatabase({ dataDir: 'memory' });
  await migrateToLatest(handle.db);
  const dump = await handle.dumpDataDir();
  await handle.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-template-')), 'pglite.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
