import fs from 'node:fs';
import { expect } from 'vitest';
import type { Client } from './harness.js';

type Job = {
  id: string;
  status: string;
  rowCount: number;
  processed: number;
  imported: number;
  failed: number;
  errors: {
    line: number;
    field: string | null;
    rule: string | null;
    message: string;
    column?: string;
    value?: string;
  }[];
};

export async function upload(
  client: Client,
  base: string,
  text: string | Buffer,
  contentType = 'text/csv',
  filename = 'partners.csv',
) {
  return client.post(`${base}/imports?filename=${encodeURIComponent(filename)}`, text, { 'content-type': contentType });
}

/** Polls the import until it stops running (the test timeout bounds it; no timing is asserted). */
export async function finished(client: Client, base: string, id: string): Promise<Job> {
  for (;;) {
    const job = (await client.get(`${base}/imports/${id}`)).json() as Job;
    if (job.status !== 'running' && job.status !== 'uploaded') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function importFile(
  client: Client,
  base: string,
  text: string,
  contentType = 'text/csv',
  mapping?: Record<string, string | null>,
) {
  const uploaded = await upload(
    client,
    base,
    text,
    contentType,
    contentType === 'text/csv' ? 'partners.csv' : 'cards.vcf',
  );
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const started = await client.post(`${base}/imports/${uploaded.json().id}/start`, mapping ? { mapping } : {});
  expect(started.statusCode, started.body).toBe(202);
  return finished(client, base, uploaded.json().id as string);
}

/** A realistic export kept in src/server/test/fixtures/imports, as text. */
export function importFixture(name: string): string {
  return fs.readFileSync(new URL(`./fixtures/imports/${name}`, import.meta.url), 'utf8');
}
