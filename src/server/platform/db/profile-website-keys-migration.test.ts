import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { down, up } from './migrations/20261203120000_profile_website_keys.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const person = (name: string, website: string) => ({
  type: 'person',
  name,
  contacts: [{ channel: 'website', value: website }],
});

describe('the profile website keys migration', () => {
  it('rekeys LinkedIn pages stored by their domain, so only the same page is a look-alike', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const an = await client.post(
      `${base}/partners`,
      person('Nguyễn Văn An', 'https://www.linkedin.com/in/Nguyen-Van-An/'),
    );
    const lotus = await client.post(`${base}/partners`, {
      type: 'organization',
      name: 'Lotus Tea',
      contacts: [{ channel: 'website', value: 'https://www.lotustea.vn/about' }],
    });
    expect([an.statusCode, lotus.statusCode]).toEqual([201, 201]);

    // Down: stored as before this migration, every LinkedIn page keyed "linkedin.com".
    const db = ctx.db as unknown as Kysely<unknown>;
    await down(db);
    const keys = async () =>
      (await ctx.db.selectFrom('partnerContact').select('valueKey').where('channel', '=', 'website').execute())
        .map((row) => row.valueKey)
        .sort();
    expect(await keys()).toEqual(['linkedin.com', 'lotustea.vn']);

    await up(db);
    expect(await keys()).toEqual(['linkedin.com/in/nguyen-van-an', 'lotustea.vn']);
    const olga = await client.post(`${base}/partners`, person('Ольга Петрова', 'https://linkedin.com/in/olga-petrova'));
    expect(olga.statusCode).toBe(201);
    const again = await client.post(`${base}/partners`, person('An Nguyen', 'linkedin.com/in/nguyen-van-an'));
    expect(again.statusCode).toBe(409);
  });
});
