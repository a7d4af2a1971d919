import { expect } from 'vitest';
import type { Client } from './harness.js';
import type { Created } from './factories.js';

export { makePartner, makeRelationship, pathsOf, type Created } from './factories.js';

/** An interaction through the API (a phone call unless the body says otherwise). */
export async function logInteraction(client: Client, base: string, body: Record<string, unknown>): Promise<Created> {
  const response = await client.post(`${base}/interactions`, { kind: 'phone_call', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Created;
}

/** An ISO instant `days` from now (negative: in the past). */
export const daysFromNow = (days: number, base = Date.now()) => new Date(base + days * 86_400_000).toISOString();
