/**
 * Read latency of the partner directory through the whole app, and the same queries straight on
 * the database, on a workspace made by bench/seed.ts:
 *
 *   npm run bench [-- --database-url postgres://… | --data-dir ./bench-data] [--workspace-name "Rapport bench"]
 *                 [--iterations 200] [--warmup 20] [--budget-seconds 60] [--deep-pages 40] [--explain]
 *                 [--import-rows 100000] [--import-format generic|google] [--health-runs 2]
 *                 [--only <regex of read names>]
 *
 * "API" is app.inject (the full Fastify stack: routing, cookie session, zod, service, serializer;
 * no network). "SQL" is the repository call the service makes (listPartnerPage, or findPartnerRow +
 * presentPartner for the detail) on the same database handle, without HTTP, session and permission
 * check. "Service" is the service function the route calls (listPartners / getPartner: permission
 * check, repository, tags and owner names) without HTTP and session. Each iteration runs the
 * three, in that order, with the same arguments.
 */
import type { InjectOptions } from 'fastify';
import {
  CompiledQuery,
  PostgresQueryCompiler,
  createQueryId,
  sql,
  type KyselyPlugin,
  type RootOperationNode,
} from 'kysely';
import { loadConfig } from '../src/server/platform/core/config.js';
import type { Db } from '../src/server/platform/db/database.js';
import { decodeCursor } from '../src/server/platform/http/pagination.js';
import type { App, Auth } from '../src/server/platform/http/types.js';
import { TYPO_THRESHOLD, listPartnerPage } from '../src/server/directory/partners/list.repository.js';
import { listPartners, resolveSort } from '../src/server/directory/partners/list.service.js';
import { presentPartner } from '../src/server/directory/partners/partner-view.js';
import { findPartnerRow } from '../src/server/directory/partners/partners.repository.js';
import { partnerListQuery } from '../src/server/directory/partners/partners.schema.js';
import { getPartner } from '../src/server/directory/partners/partners.service.js';
import { SESSION_COOKIE } from '../src/server/platform/auth/session.js';
import { startServer } from '../src/server/app/server.js';
import {
  BENCH_OWNER_EMAIL,
  BENCH_PASSWORD,
  DEFAULT_WORKSPACE_NAME,
  createRandom,
  databaseTarget,
  describeTarget,
  elapsedSince,
  intOption,
  ms,
  parseArgs,
  stats,
  type Scenario,
  type Stats,
} from './common.js';
import { interactionScenarios } from './interaction-scenarios.js';
import { benchHealthRecompute, keepInTouchScenarios } from './keep-in-touch-scenarios.js';
import { relationshipScenarios } from './relationship-scenarios.js';
import { Client } from '../src/server/test/client.js';
import { LANGS, countryFor, organizationName, personName, phoneFor, type Lang } from './data.js';

/** The tests' browser-like client, plus a helper that checks the status and parses the body. */
class BenchClient extends Client {
  async json<T>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    expected = [200],
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await this.request(method, url, body, headers);
    if (!expected.includes(response.statusCode))
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body.slice(0, 500)}`);
    return response.json() as T;
  }

  /**
   * A timed read: the request with the session cookie and the status check, nothing else. The
   * response body is the server's work; parsing it (or reading cookies) would be the client's.
   */
  async read(url: string): Promise<void> {
    const response = await this.app.inject({
      method: 'GET',
      url,
      headers: this.cookie ? { cookie: `${SESSION_COOKIE}=${this.cookie}` } : {},
    });
    if (response.statusCode !== 200)
      throw new Error(`GET ${url}: ${response.statusCode} ${response.body.slice(0, 500)}`);
  }
}

type ListPage = { items: { id: string; name: string }[]; nextCursor: string | null };
type Result = { name: string; api: Stats; service: Stats; sql: Stats; note?: string; targetMs: number };

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const iterations = intOption(options, 'iterations', 200);
  const warmup = intOption(options, 'warmup', 20);
  const budgetMs = intOption(options, 'budget-seconds', 60) * 1000;
  const deepPages = intOption(options, 'deep-pages', 40);
  const importRows = intOption(options, 'import-rows', 100_000);
  // generic: Rapport's own columns; google: a Google Contacts export (first and last name, "- Label" pairs, " ::: ").
  const importFormat = options.get('import-format') ?? 'generic';
  const healthRuns = intOption(options, 'health-runs', 2);
  const only = options.has('only') ? new RegExp(options.get('only') ?? '', 'i') : undefined;
  const workspaceName = options.get('workspace-name') ?? DEFAULT_WORKSPACE_NAME;
  const target = databaseTarget(options);

  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATA_DIR: target.dataDir,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    BODY_LIMIT_BYTES: String(64 * 1024 * 1024),
  });
  const { app, database } = await startServer(config, { logger: false, startJobs: false });
  try {
    await app.ready();
    const db = database.db;
    const client = new BenchClient(app);
    const session = await client.json<{ user: { timeZone: string }; workspaces: { id: string; name: string }[] }>(
      'POST',
      '/api/v1/auth/sign-in',
      { email: BENCH_OWNER_EMAIL, password: BENCH_PASSWORD },
    );
    const workspace = session.workspaces.find((w) => w.name === workspaceName);
    if (!workspace)
      throw new Error(`no workspace "${workspaceName}" for ${BENCH_OWNER_EMAIL}: run npm run bench:seed first`);
    const workspaceId = workspace.id;
    const timeZone = session.user.timeZone;
    const user = await db
      .selectFrom('appUser')
      .selectAll()
      .where('emailNormalized', '=', BENCH_OWNER_EMAIL)
      .executeTakeFirstOrThrow();
    const auth: Auth = { sessionId: 'bench', csrfToken: '', currentWorkspaceId: workspaceId, user };
    const base = `/api/v1/w/${workspaceId}`;
    const partnerCount = Number(
      (
        await db
          .selectFrom('partner')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workspaceId', '=', workspaceId)
          .where('deletedAt', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );
    console.log(
      `# Rapport bench: ${describeTarget(target)} (${database.kind}), workspace "${workspaceName}" with ${partnerCount.toLocaleString('en')} partners`,
    );
    console.log(
      `# ${new Date().toISOString()}, node ${process.version}, ${iterations} iterations after ${warmup} warm-up (at most ${budgetMs / 1000} s per read)\n`,
    );

    // The daily health recompute runs first, so the reads below see scores as a running app would.
    const healthLines =
      healthRuns > 0 ? await benchHealthRecompute(db, healthRuns) : ['Health recompute: skipped (--health-runs 0)'];
    for (const line of healthLines) process.stderr.write(`  ${line}\n`);

    // ---------------------------------------------------------------- fixtures
    const tags = await client.json<{ items: { id: string; name: string }[] }>('GET', `${base}/tags`);
    const tag = tags.items.find((t) => t.name === 'VIP') ?? tags.items[0];
    if (!tag) throw new Error('the bench workspace has no tags');
    const idRows = await db
      .selectFrom('partner')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('deletedAt', 'is', null)
      .orderBy('id')
      .execute();
    const random = createRandom(7);
    const detailIds = Array.from({ length: warmup + iterations }, () => random.pick(idRows).id);

    /** A list read, through the route and straight through listPartnerPage with the same parsed query. */
    const listScenario = (name: string, params: Record<string, string>, note?: string): Scenario => {
      const url = `${base}/partners?${new URLSearchParams(params).toString()}`;
      const parsed = partnerListQuery.parse(params);
      const { limit, cursor, sort: sortParam, ...filters } = parsed;
      const key = decodeCursor(cursor, 2);
      const listOptions = {
        filters,
        timeZone,
        sort: resolveSort(sortParam, Boolean(filters.q)),
        after: key ? ([key[0], key[1]] as [string | number, string]) : undefined,
        limit,
      };
      return {
        name,
        ...(note ? { note } : {}),
        api: () => client.read(url),
        service: async () => {
          await listPartners(db, auth, workspaceId, parsed);
        },
        sql: async () => {
          await listPartnerPage(db, workspaceId, listOptions);
        },
        explain: () => explainList(db, (capturing) => listPartnerPage(capturing, workspaceId, listOptions)),
      };
    };

    /** The cursor after `pages` pages of a keyset walk, followed through the API. */
    const walk = async (sort: string, pages: number) => {
      let cursor: string | null = null;
      for (let page = 0; page < pages; page++) {
        const params = new URLSearchParams({ limit: '50', sort, ...(cursor ? { cursor } : {}) });
        const result: ListPage = await client.json<ListPage>('GET', `${base}/partners?${params.toString()}`);
        cursor = result.nextCursor;
        if (!cursor) throw new Error(`the ${sort} walk ended after ${page + 1} pages`);
      }
      return cursor as string;
    };

    const searches: { name: string; q: string; expect: RegExp }[] = [
      { name: 'search, diacritic-free Vietnamese name "nguyen van an"', q: 'nguyen van an', expect: /Nguyễn Văn An/ },
      { name: 'search with a typo "nguen van an"', q: 'nguen van an', expect: /Nguyễn Văn An/ },
      { name: 'search with a typo "иванв" (Cyrillic)', q: 'иванв', expect: /(^|\s)(Иванова?|ИВАНОВА?)(\s|$)/ },
      { name: 'search, Persian without ZWNJ, Arabic yeh "علي عليزاده"', q: 'علي عليزاده', expect: /علی علی\u200cزاده/ },
    ];

    const relationshipIds = (
      await db
        .selectFrom('relationship')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('deletedAt', 'is', null)
        .orderBy('id')
        .limit(5000)
        .execute()
    ).map((r) => r.id);
    const allScenarios: Scenario[] = [
      listScenario('list, first page (sort=name)', { limit: '50' }),
      listScenario(`list, page ${deepPages + 1} of a keyset walk (sort=name)`, {
        limit: '50',
        sort: 'name',
        cursor: await walk('name', deepPages),
      }),
      listScenario(`list, page ${deepPages + 1} of a keyset walk (sort=-updated)`, {
        limit: '50',
        sort: '-updated',
        cursor: await walk('-updated', deepPages),
      }),
      listScenario('list, filtered kind=supplier + tag=VIP + country=VN', {
        limit: '50',
        kind: 'supplier',
        tag: tag.id,
        country: 'VN',
      }),
      ...searches.map((s) => listScenario(s.name, { limit: '50', q: s.q })),
      {
        name: 'detail GET /partners/:id (random ids)',
        api: (i) => client.read(`${base}/partners/${detailIds[i % detailIds.length]}`),
        service: async (i) => {
          await getPartner(db, auth, workspaceId, detailIds[i % detailIds.length] ?? '');
        },
        sql: async (i) => {
          const row = await findPartnerRow(db, workspaceId, detailIds[i % detailIds.length] ?? '');
          if (!row) throw new Error('partner not found');
          await presentPartner(db, row);
        },
      },
      ...relationshipScenarios({ db, auth, workspaceId, base, read: (url) => client.read(url), ownerId: user.id }),
      ...(await heavyTimeline(db, workspaceId).then((heavy) =>
        heavy
          ? interactionScenarios({
              db,
              auth,
              workspaceId,
              base,
              read: (url) => client.read(url),
              write: async (url, body) => {
                await client.json('POST', url, body, [201]);
              },
              ...heavy,
              partnerIds: detailIds,
            })
          : [],
      )),
      ...keepInTouchScenarios({
        db,
        auth,
        workspaceId,
        base,
        read: (url) => client.read(url),
        relationshipIds: random.sample(relationshipIds, 500),
      }),
    ];
    const scenarios = only ? allScenarios.filter((s) => only.test(s.name)) : allScenarios;

    // What the searches find (first page), so the figures are not for empty answers.
    const found: string[] = [];
    for (const s of searches) {
      const page = await client.json<ListPage>(
        'GET',
        `${base}/partners?${new URLSearchParams({ limit: '50', q: s.q }).toString()}`,
      );
      const rank = page.items.findIndex((item) => s.expect.test(item.name));
      found.push(
        `| \`${s.q}\` | ${page.items.length}${page.nextCursor ? '+' : ''} | ${page.items[0]?.name ?? '–'} | ${rank >= 0 ? `#${rank + 1}` : 'not on page 1'} |`,
      );
    }

    // ---------------------------------------------------------------- measure
    const results: Result[] = [];
    for (const scenario of scenarios) {
      process.stderr.write(`  ${scenario.name} … `);
      const warming = process.hrtime.bigint();
      // Warm-up stops early after a sixth of the budget, so a slow read does not take minutes to warm.
      for (let i = 0; i < warmup && (i < 2 || elapsedSince(warming) < budgetMs / 6); i++) {
        await scenario.api(i);
        await scenario.service(i);
        await scenario.sql(i);
      }
      const api: number[] = [];
      const service: number[] = [];
      const direct: number[] = [];
      const started = process.hrtime.bigint();
      for (let i = warmup; i < warmup + iterations; i++) {
        let t = process.hrtime.bigint();
        await scenario.api(i);
        api.push(elapsedSince(t));
        t = process.hrtime.bigint();
        await scenario.service(i);
        service.push(elapsedSince(t));
        t = process.hrtime.bigint();
        await scenario.sql(i);
        direct.push(elapsedSince(t));
        if (elapsedSince(started) > budgetMs) break;
      }
      const result: Result = {
        name: scenario.name,
        api: stats(api),
        service: stats(service),
        sql: stats(direct),
        targetMs: scenario.targetMs ?? 50,
        ...(scenario.note ? { note: scenario.note } : {}),
      };
      results.push(result);
      process.stderr.write(
        `n ${result.api.n}, API p95 ${ms(result.api.p95)} ms, service p95 ${ms(result.service.p95)} ms, SQL p95 ${ms(result.sql.p95)} ms\n`,
      );
    }

    // ---------------------------------------------------------------- report
    console.log(
      '| read | n | API p50 | API p95 | API max | service p50 | service p95 | SQL p50 | SQL p95 | SQL max | API/SQL p50 | API/SQL p95 | aim: API p95 under |',
    );
    console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|');
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.api.n} | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.api.max)} | ${ms(r.service.p50)} | ${ms(r.service.p95)} | ${ms(r.sql.p50)} | ${ms(r.sql.p95)} | ${ms(r.sql.max)} | ${(r.api.p50 / r.sql.p50).toFixed(2)}x | ${(r.api.p95 / r.sql.p95).toFixed(2)}x | ${r.targetMs} ms: ${r.api.p95 < r.targetMs ? 'yes' : 'no'} |`,
      );
    }
    console.log(
      '\nTimes in milliseconds. API = app.inject through the full Fastify stack; service = listPartners/getPartner/getBoard/getAnalytics/getPartnerTimeline/listTasks/createInteraction without HTTP; SQL = the repository call alone (listPartnerPage, findPartnerRow + presentPartner, loadBoard, currentStays + endedStays, timelinePage (the page of keys; the service then reads the items of the page), listTaskPage; for logging, the service again).\n',
    );
    console.log('| search | results on page 1 | first result | expected name at |');
    console.log('|---|--:|---|--:|');
    for (const line of found) console.log(line);
    console.log(`\n${healthLines.join('\n\n')}`);
    const importLine =
      importRows > 0
        ? await benchImport(app, client, db, importRows, importFormat).catch(
            (error: unknown) => `Import: failed: ${String(error)}`,
          )
        : 'Import: skipped (--import-rows 0)';
    console.log(`\n${importLine}`);

    if (options.has('explain')) {
      for (const scenario of scenarios) {
        if (!scenario.explain) continue;
        console.log(
          `\n### EXPLAIN (ANALYZE, BUFFERS): ${scenario.name}\n\n\`\`\`\n${await scenario.explain()}\n\`\`\``,
        );
      }
    }
  } finally {
    await app.close();
  }
}

/**
 * The partner with the most interactions (the seed gives one 10,000) and its relationship, if interactions were seeded.
 */
async function heavyTimeline(db: Db, workspaceId: string) {
  const top = await db
    .selectFrom('interactionPartner')
    .select(['partnerId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspaceId', '=', workspaceId)
    .groupBy('partnerId')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!top) return undefined;
  const relationship = await db
    .selectFrom('relationship')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('partnerId', '=', top.partnerId)
    .executeTakeFirst();
  return { heavyPartnerId: top.partnerId, heavyRelationshipId: relationship?.id ?? null };
}

/** Runs `run` on a handle that records the last SELECT it compiles, then EXPLAIN ANALYZEs that statement. */
async function explainList(db: Db, run: (capturing: Db) => Promise<unknown>): Promise<string> {
  let captured: CompiledQuery | undefined;
  const compiler = new PostgresQueryCompiler();
  const capture: KyselyPlugin = {
    transformQuery: (args: { node: RootOperationNode }) => {
      if (args.node.kind === 'SelectQueryNode') captured = compiler.compileQuery(args.node, createQueryId());
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await run(db.withPlugin(capture));
  const query = captured;
  if (!query) return '(no query captured)';
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`.execute(trx);
    const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain (analyze, buffers) ${query.sql}`, [...query.parameters]),
    );
    const params = query.parameters.map((p, i) => `$${i + 1} = ${JSON.stringify(p)}`).join(', ');
    return `${query.sql}\n-- ${params}\n\n${result.rows.map((r) => r['QUERY PLAN']).join('\n')}`;
  });
}

/**
 * Import rows per second through src/server/modules/imports: upload the CSV as the raw body
 * (POST /imports?filename=, text/csv), start it with the suggested mapping, poll GET /imports/:id
 * until it is no longer running. Runs in a workspace of its own, deleted afterwards, so the read
 * workspace stays as seeded. Rows/s counts from the upload (parse + preview) to the end of the job.
 */
async function benchImport(app: App, client: BenchClient, db: Db, rows: number, importFormat: string): Promise<string> {
  const uploadRoute = { method: 'POST' as const, url: '/api/v1/w/:workspaceId/imports' };
  if (!app.hasRoute(uploadRoute)) return `Import: not measured: POST ${uploadRoute.url} does not exist in this build.`;
  const csv = importFormat === 'google' ? googleContactsCsv(rows) : importCsv(rows);
  const workspace = await client.json<{ id: string }>(
    'POST',
    '/api/v1/workspaces',
    { name: `Rapport bench import ${new Date().toISOString()}` },
    [200, 201],
  );
  const base = `/api/v1/w/${workspace.id}`;
  try {
    const started = process.hrtime.bigint();
    const upload = await client.json<{ id: string; rowCount: number; suggestedMapping: Record<string, string | null> }>(
      'POST',
      `${base}/imports?filename=bench.csv`,
      csv,
      [200, 201],
      { 'content-type': 'text/csv' },
    );
    const uploaded = elapsedSince(started);
    const running = process.hrtime.bigint();
    await client.json(
      'POST',
      `${base}/imports/${upload.id}/start`,
      { mapping: upload.suggestedMapping },
      [200, 201, 202],
    );
    type Job = {
      status: string;
      processed: number;
      imported: number;
      failed: number;
      errors: { field: string | null; rule: string | null }[];
    };
    let job: Job = { status: 'running', processed: 0, imported: 0, failed: 0, errors: [] };
    while (job.status === 'uploaded' || job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await client.json<Job>('GET', `${base}/imports/${upload.id}`);
    }
    const runSeconds = elapsedSince(running) / 1000;
    const seconds = elapsedSince(started) / 1000;
    const reasons = new Map<string, number>();
    for (const e of job.errors)
      reasons.set(`${e.field ?? '–'}/${e.rule ?? '–'}`, (reasons.get(`${e.field ?? '–'}/${e.rule ?? '–'}`) ?? 0) + 1);
    const why = [...reasons]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, n]) => `${k} ×${n}`)
      .join(', ');
    const mapped = Object.entries(upload.suggestedMapping)
      .map(([column, field]) => `${column}→${field ?? '–'}`)
      .join(', ');
    return (
      `Import: ${rows.toLocaleString('en')} CSV rows (${(csv.length / 1e6).toFixed(1)} MB; mapping ${mapped}): status ${job.status}, imported ${job.imported.toLocaleString('en')}, failed ${job.failed}${why ? ` (listed: ${why})` : ''}; ` +
      `upload ${(uploaded / 1000).toFixed(1)} s, job ${runSeconds.toFixed(1)} s, total ${seconds.toFixed(1)} s = **${Math.round(rows / seconds).toLocaleString('en')} rows/s** (job alone ${Math.round(rows / runSeconds).toLocaleString('en')} rows/s)`
    );
  } finally {
    await db.deleteFrom('workspace').where('id', '=', workspace.id).execute();
  }
}

/** A CSV with a header, in the four languages, with a BOM as Excel writes it. */
function importCsv(rows: number): string {
  const random = createRandom(99);
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['name,type,email,phone,website,country,kinds,tags'];
  for (let i = 0; i < rows; i++) {
    const lang = LANGS[i % 4] as Lang;
    const isOrg = random.chance(0.7);
    const named = isOrg ? organizationName(lang, random) : personName(lang, random);
    const country = countryFor(lang, random);
    const domain = `${named.ascii || 'import'}-i${i.toString(36)}.com`;
    lines.push(
      [
        named.name,
        isOrg ? 'organization' : 'person',
        `${isOrg ? 'info' : named.ascii.replace(/-/g, '.')}@${domain}`,
        phoneFor(country, random),
        isOrg ? `https://${domain}` : '',
        country,
        isOrg ? 'customer' : '',
        random.chance(0.3) ? 'Import' : '',
      ]
        .map(quote)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

const GOOGLE_HEADER =
  'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,' +
  'Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,' +
  'Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,' +
  'Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,' +
  'Address 1 - Country,Website 1 - Label,Website 1 - Value';

/** People as Google Contacts exports them: every row a person, half at one of 2,000 organisations. */
function googleContactsCsv(rows: number): string {
  const random = createRandom(99);
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [GOOGLE_HEADER];
  for (let i = 0; i < rows; i++) {
    const lang = LANGS[i % 4] as Lang;
    const named = personName(lang, random);
    const [first = '', ...rest] = named.name.split(' ');
    const country = countryFor(lang, random);
    const domain = `${named.ascii || 'import'}-g${i.toString(36)}.com`;
    const email = `${named.ascii.replace(/-/g, '.')}@${domain}`;
    const org = i % 2 === 0 ? organizationName(lang, createRandom(i % 2000)).name : '';
    const fields: Record<string, string> = {
      'First Name': first,
      'Last Name': rest.join(' '),
      'Organization Name': org,
      'Organization Title': org ? 'Manager' : '',
      Labels: random.chance(0.3) ? '* myContacts ::: Import' : '* myContacts',
      'E-mail 1 - Label': '* Work',
      'E-mail 1 - Value': random.chance(0.1) ? `${email} ::: home.${email}` : email,
      'Phone 1 - Label': 'Mobile',
      'Phone 1 - Value': phoneFor(country, random),
    };
    lines.push(
      GOOGLE_HEADER.split(',')
        .map((column) => quote(fields[column] ?? ''))
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
