import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { logInteraction, makePartner } from '../../test/interactions.js';
import { down, up } from './migrations/20261203010000_search_text.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('the search_text migration', () => {
  it('fills the folded text of interactions and tasks written before it, so they are found after it', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = await makePartner(client, base, 'Acme');
    await logInteraction(client, base, { kind: 'email', partnerIds: [partner.id], subject: 'Встреча в Ёлкино' });
    await client.post(`${base}/tasks`, { title: 'Gửi báo giá', partnerId: partner.id });

    // Back to before the migration (the columns go), then forward again over the existing rows.
    const db = ctx.db as unknown as Kysely<unknown>;
    await down(db);
    await up(db);

    const found = async (q: string) =>
      (
        (await client.get(`${base}/search?${new URLSearchParams({ q })}`)).json() as { items: { name: string }[] }
      ).items.map((hit) => hit.name);
    expect(await found('елкино')).toEqual(['Встреча в Ёлкино']);
    expect(await found('gui bao gia')).toEqual(['Gửi báo giá']);
  });
});
