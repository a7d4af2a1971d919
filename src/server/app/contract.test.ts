import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentOf, GENERATED_TYPES, renderTypes } from '../../../scripts/openapi.js';
import { createTestApp, type TestContext } from '../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('generated contract types', () => {
  it('src/web/api/openapi.gen.ts matches the OpenAPI document the routes describe', async () => {
    const expected = await renderTypes(documentOf(ctx.app));
    const committed = fs.existsSync(GENERATED_TYPES) ? fs.readFileSync(GENERATED_TYPES, 'utf8') : '';
    // A plain boolean first: a diff of a 10,000-line file would bury the one line that matters.
    const fresh = committed === expected;
    expect(fresh, 'src/web/api/openapi.gen.ts is stale: run npm run contract').toBe(true);
  });
});
