import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig, newId } from '../platform/core/index.js';
import type { Db, Role } from '../platform/db/index.js';
import { createFileStore, type FileStore } from '../platform/files/index.js';
import { buildApp } from '../app/app.js';
import type { App } from '../platform/http/index.js';
import { hashPassword } from '../platform/auth/index.js';
import { insertUser } from '../platform/users/index.js';
import { createWorkspaceWithOwner, insertMembership } from '../platform/workspaces/index.js';
import { Client, PASSWORD } from './client.js';
import { openTestDatabase } from './database.js';

export { Client, PASSWORD };

export type TestContext = {
  app: App;
  db: Db;
  config: Config;
  files: FileStore;
  close: () => Promise<void>;
};

/** The real app on a fresh database of its own, as a test file uses it. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await openTestDatabase();
  // Attachment files of a test file go to a folder of its own, never into the checkout's ./data.
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://rapport.test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    ...env,
  });
  const files = await createFileStore(config);
  const app = await buildApp({ db: database.db, config, files }, { logger: false });
  await app.ready();
  return {
    app,
    db: database.db,
    config,
    files,
    close: async () => {
      await app.close();
      await database.close();
      if (env.DATA_DIR === undefined) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${crypto.randomBytes(5).toString('hex')}@example.com`;
}

let passwordHash: Promise<string> | undefined;

/** A user of their own, straight in the database (faster than the API; the API paths have their own tests). */
export async function createUser(
  db: Db,
  options: { name?: string; email?: string; locale?: 'en' | 'vi' | 'ru' | 'fa' } = {},
) {
  passwordHash ??= hashPassword(PASSWORD);
  const email = options.email ?? uniqueEmail();
  return insertUser(db, {
    id: newId(),
    email,
    emailNormalized: email.toLowerCase(),
    name: options.name ?? 'Test User',
    passwordHash: await passwordHash,
    locale: options.locale ?? 'en',
  });
}

/** A fresh workspace with a signed-in owner: what most tests start from, so tests never share data. */
export async function workspaceWithOwner(ctx: TestContext, name = 'Test workspace') {
  const owner = await createUser(ctx.db, { name: 'Olga Owner' });
  const workspace = await ctx.db.transaction().execute((trx) => createWorkspaceWithOwner(trx, owner.id, name));
  const client = new Client(ctx.app);
  await client.signIn(owner.email);
  return { owner, workspace, client, base: `/api/v1/w/${workspace.id}` };
}

/** Adds a member with a role to a workspace and returns a client signed in as them. */
export async function memberWithRole(ctx: TestContext, workspaceId: string, role: Role, name = `A ${role}`) {
  const user = await createUser(ctx.db, { name });
  await insertMembership(ctx.db, { workspaceId, userId: user.id, role });
  const client = new Client(ctx.app);
  await client.signIn(user.email);
  return { user, client };
}
