import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../platform/core/config.js';
import type { Db } from '../platform/db/database.js';
import type { Role } from '../platform/db/schema.js';
import { createFileStore, type FileStore } from '../platform/files/file-store.js';
import { buildApp } from '../app/app.js';
import type { App } from '../platform/http/types.js';
import { newId } from '../platform/core/ids.js';
import { hashPassword } from '../platform/auth/secrets.js';
import { insertUser } from '../platform/users/users.repository.js';
import { createWorkspaceWithOwner } from '../platform/workspaces/workspaces.service.js';
import { insertMembership } from '../platform/workspaces/workspaces.repository.js';
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
  const workspace = await createWorkspaceWithOwner(ctx.db, owner.id, name);
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
