import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type Client, type TestContext } from '../test/harness.js';

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie' };
type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema> };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

let ctx: TestContext;
let doc: Document;
let owner: Client;
let workspaceId: string;
let base: string;

beforeAll(async () => {
  ctx = await createTestApp();
  doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as Document;
  const created = await workspaceWithOwner(ctx);
  owner = created.client;
  workspaceId = created.workspace.id;
  base = created.base;
});
afterAll(() => ctx.close());

/** In JSON text: a NUL byte, and half of a surrogate pair (valid JSON, never valid UTF-8). */
const HOSTILE = { nul: 'a\\u0000b', surrogate: 'a\\ud800b' } as const;

function resolve(schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref?.replace('#/components/schemas/', '');
  return ref ? resolve(doc.components.schemas[ref]) : schema;
}

function operations() {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

/** The operation's URL with the workspace filled in, every other path parameter and every query parameter hostile. */
function hostileUrl(path: string, operation: Operation, nulInUrl: string): string {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'workspaceId' ? workspaceId : nulInUrl));
  const query = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => `${p.name}=${nulInUrl}`);
  return `${url}?${[...query, `probe=${nulInUrl}`].join('&')}`;
}

/** A JSON body whose every top-level field (or a probe field, when the body has none) is the hostile string. */
function hostileBody(operation: Operation, json: string): string | undefined {
  const media = operation.requestBody?.content['application/json'];
  if (!media) return undefined;
  const fields = Object.keys(resolve(media.schema)?.properties ?? { probe: {} });
  return `{${fields.map((f) => `"${f}":"${json}"`).join(',')}}`;
}

describe('hostile text on every operation of the OpenAPI document', () => {
  for (const [kind, json] of Object.entries(HOSTILE)) {
    it(`answers a ${kind} anywhere with 400 invalid_characters, never a 5xx`, async () => {
      const answers: string[] = [];
      for (const { method, path, operation } of operations()) {
        const body = hostileBody(operation, json);
        // A lone surrogate has no UTF-8 form, so a URL can only carry the NUL; the body carries both.
        const response = await owner.request(
          method as 'GET',
          hostileUrl(path, operation, '%00'),
          body,
          body ? { 'content-type': 'application/json' } : {},
        );
        const problem = response.json() as { code?: string; errors?: { path: string; rule: string }[] };
        const rules = new Set(problem.errors?.map((e) => e.rule));
        answers.push(`${method} ${path} ${response.statusCode} ${problem.code} ${[...rules].join(',')}`);
        expect(response.statusCode, `${method} ${path}: ${response.body}`).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(rules, `${method} ${path}`).toEqual(new Set(['invalid_characters']));
        expect(problem.errors?.map((e) => e.path)).toContain('probe');
      }
      expect(answers.length).toBeGreaterThan(50);
    });
  }

  it('names the field, nested too, and leaves the data as it was', async () => {
    const created = await owner.post(
      `${base}/partners`,
      `{"type":"organization","name":"Ok\\u0000Co","contacts":[{"channel":"email","value":"a\\udc00@x.vn"}]}`,
      { 'content-type': 'application/json' },
    );
    expect(created.statusCode).toBe(400);
    expect(created.json().errors).toEqual([
      expect.objectContaining({ path: 'name', rule: 'invalid_characters' }),
      expect.objectContaining({ path: 'contacts.0.value', rule: 'invalid_characters' }),
    ]);
    const list = await owner.get(`${base}/partners`);
    expect(list.json().items).toEqual([]);
  });

  it('refuses an impossible date in a query with 400 naming the parameter', async () => {
    for (const url of [
      `${base}/partners?createdFrom=2026-02-30`,
      `${base}/exports/partners.csv?createdFrom=2026-02-30`,
    ]) {
      const response = await owner.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: 'createdFrom' })]);
    }
  });

  it('answers an export asked with a NUL in its search with 400 before any byte of the file', async () => {
    const response = await owner.get(`${base}/exports/partners.csv?q=%00`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'q', rule: 'invalid_characters' })]);
  });

  it('answers a path segment that is not UTF-8 with a problem document', async () => {
    const response = await owner.get(`${base}/partners/%ED%A0%80`);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
