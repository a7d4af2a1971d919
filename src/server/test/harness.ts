import crypto from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { Role } from '../db/schema.js';
import { buildApp } from '../http/app.js';
import { SESSION_COOKIE } from '../http/session.js';
import type { App } from '../http/types.js';
import { newId } from '../ids.js';
import { hashPassword } from '../modules/auth/secrets.js';
import { insertUser } from '../modules/users/users.repository.js';
import { createWorkspaceWithOwner } from '../modules/workspaces/workspaces.service.js';
import { insertMembership } from '../modules/workspaces/workspaces.repository.js';
import { openTestDatabase } from './database.js';

export const PASSWORD = 'correct horse battery';

export type TestContext = {
  app: App;
  db: Db;
  config: Config;
  close: () => Promise<void>;
};

/** The real app on a fresh database of its own, as a test file uses it. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await openTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://rapport.test', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ db: database.db, config }, { logger: false });
  await app.ready();
  return {
    app,
    db: database.db,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly app: App) {}

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
      headers: {
        ...(this.cookie ? { cookie: `${SESSION_COOKIE}=${this.cookie}` } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
    });
    const set = response.cookies.find((c) => c.name === SESSION_COOKIE);
    if (set) this.cookie = set.value || undefined;
    const json = String(response.headers['content-type'] ?? '').includes('json') ? (response.json() as { csrfToken?: unknown }) : undefined;
    if (json && typeof json.csrfToken === 'string') this.csrfToken = json.csrfToken;
    return response;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', url, body, headers);
  patch = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('PATCH', url, body, headers);
  put = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('PUT', url, body, headers);
  delete = (url: string, headers?: Record<string, string>) => this.request('DELETE', url, undefined, headers);

  async signIn(email: string, password = PASSWORD) {
    const response = await this.post('/api/v1/auth/sign-in', { email, password });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    return response;
  }
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${crypto.randomBytes(5).toString('hex')}@example.com`;
}

let passwordHash: Promise<string> | undefined;

/** A user of their own, straight in the database (faster than the API; the API paths have their own tests). */
export async function createUser(db: Db, options: { name?: string; email?: string; locale?: 'en' | 'vi' | 'ru' | 'fa' } = {}) {
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
