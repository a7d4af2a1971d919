/**
 * The OpenAPI document and the web's generated contract types, from the very routes the server runs.
 *
 *   tsx scripts/openapi.ts document <file>   writes the document (JSON) to a file, or stdout without one
 *   tsx scripts/openapi.ts types             rewrites src/web/api/openapi.gen.ts
 *
 * The app is built on an in-memory PGlite, as the tests build it: nothing is served and no data dir is touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { buildApp } from '../src/server/app/app.js';
import { loadConfig } from '../src/server/platform/core/index.js';
import { migrateToLatest, openDatabase } from '../src/server/platform/db/index.js';
import type { App } from '../src/server/platform/http/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_TYPES = path.join(root, 'src/web/api/openapi.gen.ts');

const BANNER = `/**
 * The API contract as TypeScript types: generated from the server's OpenAPI document by
 * \`npm run contract\` (scripts/openapi.ts). Do not edit; a test fails when it is stale.
 */
`;

/** The document exactly as /api/docs/json serves it. */
export function documentOf(app: App): OpenAPI3 {
  return app.swagger() as unknown as OpenAPI3;
}

/** Builds a throwaway app and returns its document. */
export async function buildDocument(): Promise<OpenAPI3> {
  const database = await openDatabase({ dataDir: 'memory' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-openapi-'));
  try {
    await migrateToLatest(database.db);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    const app = await buildApp({ db: database.db, config }, { logger: false });
    await app.ready();
    const document = documentOf(app);
    await app.close();
    return document;
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The content of src/web/api/openapi.gen.ts for a document, formatted as the repository formats code. */
export async function renderTypes(document: OpenAPI3): Promise<string> {
  const source = BANNER + astToString(await openapiTS(document, { alphabetize: true, defaultNonNullable: false }));
  const options = await prettier.resolveConfig(GENERATED_TYPES);
  return prettier.format(source, { ...options, filepath: GENERATED_TYPES });
}

async function main(command: string | undefined, file: string | undefined) {
  const document = await buildDocument();
  if (command === 'document') {
    const json = `${JSON.stringify(document, null, 2)}\n`;
    if (!file) return void process.stdout.write(json);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, json);
  } else if (command === 'types') {
    fs.writeFileSync(GENERATED_TYPES, await renderTypes(document));
  } else {
    throw new Error('usage: tsx scripts/openapi.ts document [file] | types');
  }
}

// Only as a command: the contract test imports this file for its functions.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
