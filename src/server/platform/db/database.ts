import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { ConfigError } from '../core/index.js';
import { migrations } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
/**
 * A transaction under way. Functions that must run inside their caller's transaction take this
 * type, so handing them the root database does not compile (on PGlite a query on the root database
 * inside a transaction would wait for that transaction: a deadlock).
 */
export type Tx = Transaction<Database>;

export type DatabaseHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
  /** PGlite only: the database files as a tarball, used by the tests as a migrated template. */
  dumpDataDir: () => Promise<Blob>;
};

const DATE_OID = 1082;
const INT8_OID = 20;

// Both drivers answer the same: int8 counts as numbers, dates as 'YYYY-MM-DD' strings
// (a Date would shift a calendar date by the server's time zone).
pg.types.setTypeParser(INT8_OID, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(DATE_OID, (v) => v);

/** Opens the database: a PostgreSQL server when a URL is given, else embedded PGlite in dataDir (or memory). */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | 'memory';
  template?: Blob;
}): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openPglite(options.dataDir ?? 'memory', options.template);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle connection the server closed (restart, admin command) is dropped and replaced by the
  // pool on next use; without a listener Node would treat the event as fatal and end the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ConfigError(
      `Invalid configuration: DATABASE_URL cannot be reached (${describeConnectError(error, url)})`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    db,
    kind: 'postgres',
    close: () => db.destroy(),
    dumpDataDir: () => Promise.reject(new Error('dumpDataDir is for PGlite only')),
  };
}

async function openPglite(dataDir: string, template: Blob | undefined): Promise<DatabaseHandle> {
  let location: string | undefined;
  if (dataDir !== 'memory') {
    location = path.join(dataDir, 'pglite');
    fs.mkdirSync(location, { recursive: true });
  }
  const pglite = await PGlite.create(location, {
    parsers: { [DATE_OID]: (v: string) => v },
    extensions: { pg_trgm },
    ...(template ? { loadDataDir: template } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), plugins: [new CamelCasePlugin()] });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
    dumpDataDir: () => pglite.dumpDataDir('none'),
  };
}

function describeConnectError(error: unknown, url: string): string {
  const host = safeHost(url);
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  return `${host}: ${code || message}`.replace(/\s+/g, ' ');
}

function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'unparseable URL';
  }
}

/** Applies every pending migration; throws if one fails (the process must not serve a half-migrated schema). */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/** Rolls back the latest migration; used by the migration test to prove every down works. */
export async function migrateDown(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateDown();
  if (error) throw error;
}

export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
