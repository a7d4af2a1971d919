/**
 * Measures import speed through the real API: generates a multilingual CSV, uploads it, starts
 * it, and polls until done. Embedded PGlite in memory by default; a PostgreSQL server with
 * --database-url (a fresh database is created there and dropped afterwards).
 *
 *   npx tsx src/server/modules/imports/import-bench.ts --rows 100000 [--database-url postgres://…] [--without-trigram-indexes x]
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/server/platform/core/config.js';
import { migrateToLatest, openDatabase } from '../src/server/platform/db/database.js';
import { buildApp } from '../src/server/app/app.js';
import { SESSION_COOKIE } from '../src/server/platform/auth/session.js';
import { newId } from '../src/server/platform/core/ids.js';
import { hashPassword } from '../src/server/platform/auth/secrets.js';
import { insertUser } from '../src/server/platform/users/users.repository.js';
import { createWorkspaceWithOwner } from '../src/server/platform/workspaces/workspaces.service.js';

const GIVEN = {
  vi: ['Văn An', 'Thị Hồng', 'Minh Đức', 'Thu Hà', 'Quốc Bảo'],
  ru: ['Иван', 'Ольга', 'Фёдор', 'Алёна', 'Сергей'],
  fa: ['سارا', 'علی', 'مریم', 'رضا', 'نگار'],
  en: ['John', 'Mary', 'Peter', 'Emma', 'Liam'],
};
const FAMILY = {
  vi: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng'],
  ru: ['Иванов', 'Петрова', 'Смирнов', 'Ёлкина', 'Кузнецов'],
  fa: ['احمدی', 'محمدی', 'رضایی', 'کریمی', 'حسینی'],
  en: ['Smith', 'Brown', 'Wilson', 'Taylor', 'Clark'],
};
const ORG = { vi: 'Công ty TNHH', ru: 'ООО', fa: 'شرکت', en: 'Ltd' };
const LANGS = ['vi', 'ru', 'fa', 'en'] as const;
const KINDS = ['customer', 'nhà cung cấp', 'производитель', 'مشتری', 'distributor', 'auditor'];
const TAGS = ['VIP', 'Hà Nội', 'Москва', 'تهران', 'expo-2025', 'partner', 'cold', 'warm'];

/** A CSV of `rows` partners: ~60% people (half of them at one of 2,000 organisations), 1% with a bad email. */
export function generateImportCsv(rows: number): string {
  const lines = ['name,type,email,phone,website,kinds,tags,organization,title,country,notes'];
  for (let i = 0; i < rows; i++) {
    const lang = LANGS[i % 4] as (typeof LANGS)[number];
    const person = i % 5 < 3;
    const name = person
      ? `${FAMILY[lang][i % 5]} ${GIVEN[lang][(i >> 2) % 5]} ${i}`
      : `${ORG[lang]} ${FAMILY[lang][(i >> 3) % 5]} ${i}`;
    const email = i % 100 === 99 ? 'broken@' : `p${i}@example.com`;
    const phone = `+84 9${String(10000000 + i).slice(-8)}`;
    const org = person && i % 2 === 0 ? `"${ORG[lang]} Group ${i % 2000}"` : '';
    lines.push(
      [
        `"${name}"`,
        person ? 'person' : 'organization',
        email,
        phone,
        person ? '' : `www.org${i}.example.com`,
        `"${KINDS[i % 6]}"`,
        `"${TAGS[i % 8]}; ${TAGS[(i + 3) % 8]}"`,
        org,
        org ? 'Manager' : '',
        'VN',
        `"note ${i}, generated"`,
      ].join(','),
    );
  }
  return lines.join('\n');
}

async function main() {
  const args = new Map(
    process.argv
      .slice(2)
      .reduce<[string, string][]>(
        (acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1] ?? '']] : acc),
        [],
      ),
  );
  const rows = Number(args.get('rows') ?? 100000);
  const serverUrl = args.get('database-url');
  let databaseUrl: string | undefined;
  if (serverUrl) {
    const name = `rapport_import_bench_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
  }
  const handle = await openDatabase({ databaseUrl, dataDir: 'memory' });
  await migrateToLatest(handle.db);
  // Diagnosis only: how much of the time the trigram (search) indexes cost.
  if (args.has('without-trigram-indexes'))
    for (const index of ['partner_search_idx', 'partner_sort_name_trgm_idx'])
      await sql.raw(`drop index ${index}`).execute(handle.db);
  const app = await buildApp(
    { db: handle.db, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }) },
    { logger: false },
  );
  await app.ready();
  try {
    const password = 'import bench password';
    const owner = await insertUser(handle.db, {
      id: newId(),
      email: 'bench@example.com',
      emailNormalized: 'bench@example.com',
      name: 'Bench',
      passwordHash: await hashPassword(password),
      locale: 'en',
    });
    const workspace = await handle.db
      .transaction()
      .execute((trx) => createWorkspaceWithOwner(trx, owner.id, 'Import bench'));
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: owner.email, password },
    });
    const headers = {
      cookie: `${SESSION_COOKIE}=${signIn.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? ''}`,
      'x-csrf-token': String(signIn.json().csrfToken),
    };
    const client = {
      post: (url: string, payload: string | object, extra: Record<string, string> = {}) =>
        app.inject({ method: 'POST', url, payload, headers: { ...headers, ...extra } }),
      get: (url: string) => app.inject({ method: 'GET', url, headers }),
    };
    const base = `/api/v1/w/${workspace.id}`;
    const csv = generateImportCsv(rows);
    let t = performance.now();
    const uploaded = await client.post(`${base}/imports?filename=bench.csv`, csv, { 'content-type': 'text/csv' });
    if (uploaded.statusCode !== 201) throw new Error(uploaded.body);
    const uploadMs = performance.now() - t;
    t = performance.now();
    await client.post(`${base}/imports/${uploaded.json().id}/start`, {});
    let job: { status: string; processed: number; imported: number; failed: number; errors: unknown[] };
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await client.get(`${base}/imports/${uploaded.json().id}`)).json();
    } while (job.status === 'running');
    const runMs = performance.now() - t;
    process.stdout.write(
      `${handle.kind}: ${rows} rows (${(csv.length / 1e6).toFixed(1)} MB): upload ${(uploadMs / 1000).toFixed(2)} s; import ${(runMs / 1000).toFixed(2)} s = ${Math.round(rows / (runMs / 1000))} rows/s; ` +
        `status ${job.status}, imported ${job.imported}, failed ${job.failed}, warnings+errors listed ${job.errors.length}\n`,
    );
  } finally {
    await app.close();
    await handle.close();
    if (serverUrl && databaseUrl) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
      await admin.end();
    }
  }
}

if (process.argv[1]?.endsWith('import-bench.ts')) await main();
