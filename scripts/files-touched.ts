/**
 * Which source files run while the app serves one "create an interaction" request: V8's precise
 * coverage is started after a warm-up request, so module loading and first-call set-up are not
 * counted, only the code that request runs. For the architecture figures (ARCHITECTURE.md).
 *
 *   npx tsx scripts/files-touched.ts [--list]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/server/platform/core/config.js';
import { startServer } from '../src/server/app/server.js';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-trace-'));
const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATA_DIR: dataDir,
  PUBLIC_URL: 'http://rapport.test',
});
const { app } = await startServer(
  { ...config, dataDir: path.join(dataDir, 'db') },
  { logger: false, startJobs: false },
);

let cookie = '';
let csrf = '';
async function call(method: 'GET' | 'POST', url: string, body?: unknown) {
  const response = await app.inject({
    method,
    url,
    ...(body ? { payload: body as object } : {}),
    headers: { cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
  });
  const set = response.cookies.find((c) => c.name === 'rapport_session');
  if (set) cookie = `rapport_session=${set.value}`;
  const json = response.json() as { csrfToken?: string; id?: string; user?: unknown; workspaces?: { id: string }[] };
  if (json.csrfToken) csrf = json.csrfToken;
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return json;
}

const setup = await call('POST', '/api/v1/setup', {
  workspaceName: 'Trace',
  name: 'Tracer',
  email: 'trace@example.com',
  password: 'correct horse battery',
});
const base = `/api/v1/w/${setup.workspaces?.[0]?.id}`;
const partner = await call('POST', `${base}/partners`, {
  type: 'organization',
  name: 'Công ty Minh Phát',
  ignoreDuplicates: true,
});
const relationship = await call('POST', `${base}/relationships`, { partnerId: partner.id });
const body = {
  kind: 'phone_call',
  relationshipIds: [relationship.id],
  subject: 'Quarterly call',
  actionItems: [{ title: 'Send the offer' }],
};
await call('POST', `${base}/interactions`, body);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
// Taking coverage resets the counters: what the next take reports ran during the request alone.
await session.post('Profiler.takePreciseCoverage');
await call('POST', `${base}/interactions`, body);
const { result } = await session.post('Profiler.takePreciseCoverage');
await session.post('Profiler.stopPreciseCoverage');

const src = path.join(root, 'src');
const touched = result
  .filter((script) => script.url.startsWith('file://'))
  .map((script) => ({
    file: fileURLToPath(script.url),
    ran: script.functions.some((f) => (f.ranges[0]?.count ?? 0) > 0),
  }))
  .filter((s) => s.ran && !path.relative(src, s.file).startsWith('..'))
  .map((s) => path.relative(root, s.file))
  .sort();
const folders = new Set(touched.map((f) => path.dirname(f)));
console.log(`files run by one "create an interaction": ${touched.length} in ${folders.size} folders`);
if (process.argv.includes('--list')) for (const f of touched) console.log(`  ${f}`);
await app.close();
fs.rmSync(dataDir, { recursive: true, force: true });
