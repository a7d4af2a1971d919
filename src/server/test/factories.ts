import { expect } from 'vitest';
import type { Client } from './harness.js';

export type Created = { id: string; version: number; [key: string]: unknown };

/** A partner through the API; duplicates allowed, so tests can reuse names. */
export async function makePartner(
  client: Client,
  base: string,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<Created> {
  const response = await client.post(`${base}/partners`, {
    type: 'organization',
    name,
    ignoreDuplicates: true,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Created;
}

/** A relationship through the API, with a partner of its own unless one is given. */
export async function makeRelationship(
  client: Client,
  base: string,
  body: Record<string, unknown> = {},
  partnerName = 'Partner Co',
): Promise<Created> {
  const partnerId = (body.partnerId as string | undefined) ?? (await makePartner(client, base, partnerName)).id;
  const response = await client.post(`${base}/relationships`, { partnerId, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Created;
}

export const pathsOf = (body: { errors?: { path: string; rule: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.path}:${e.rule}`);
