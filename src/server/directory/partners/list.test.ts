import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';

let ctx: TestContext;
let client: Client;
let base: string;
const ids: Record<string, string> = {};
let vipTag: string;
let memberId: string;

const PEOPLE = [
  {
    type: 'person',
    name: 'Nguyễn Văn An',
    country: 'VN',
    kinds: ['customer'],
    contacts: [{ channel: 'email', value: 'an.nguyen@example.vn' }],
  },
  {
    type: 'person',
    name: 'Đặng Thị Hồng',
    country: 'VN',
    kinds: ['supplier'],
    contacts: [{ channel: 'phone', value: '0912 345 678' }],
  },
  {
    type: 'person',
    name: 'Фёдор ИВАНОВ',
    country: 'RU',
    kinds: ['auditor'],
    profile: { business: 'Аудит и консалтинг' },
  },
  { type: 'person', name: 'علي كريمي', country: 'IR', kinds: ['training'], profile: { notes: 'کلاس ۱۴۰۳' } },
  { type: 'organization', name: 'شرکت می‌خواهم', country: 'IR', kinds: ['manufacturer'] },
  { type: 'organization', name: 'Zeta Training Ltd', country: 'GB', kinds: ['training', 'customer'] },
];

beforeAll(async () => {
  ctx = await createTestApp();
  const ws = await workspaceWithOwner(ctx);
  client = ws.client;
  base = ws.base;
  memberId = (await memberWithRole(ctx, ws.workspace.id, 'member')).user.id;
  vipTag = (await client.post(`${base}/tags`, { name: 'Khách VIP', color: '#e03131' })).json().id;
  for (const p of PEOPLE) {
    const tagged = p.name.startsWith('Zeta') ? { tagIds: [vipTag], ownerId: memberId } : {};
    const created = await client.post(`${base}/partners`, { ...p, ...tagged });
    expect(created.statusCode).toBe(201);
    ids[p.name] = created.json().id;
  }
});
afterAll(() => ctx.close());

const names = async (query: string) => {
  const response = await client.get(`${base}/partners?${query}`);
  expect(response.statusCode).toBe(200);
  return (response.json().items as { name: string }[]).map((p) => p.name);
};

describe('partner search in every language', () => {
  it.each([
    ['nguyen van an', 'Nguyễn Văn An'],
    ['dang', 'Đặng Thị Hồng'],
    ['федор иванов', 'Фёдор ИВАНОВ'],
    ['иванов', 'Фёдор ИВАНОВ'],
    ['علی کریمی', 'علي كريمي'],
    ['میخواهم', 'شرکت می‌خواهم'],
    ['می خواهم', 'شرکت می‌خواهم'],
    ['1403', 'علي كريمي'],
    ['nguen van an', 'Nguyễn Văn An'],
    ['иванв', 'Фёдор ИВАНОВ'],
    ['an.nguyen@example', 'Nguyễn Văn An'],
    ['0912345', 'Đặng Thị Hồng'],
    ['khach vip', 'Zeta Training Ltd'],
    ['консалтинг', 'Фёдор ИВАНОВ'],
  ])('finds %s → %s first', async (q, expected) => {
    const found = await names(`q=${encodeURIComponent(q)}`);
    expect(found[0]).toBe(expected);
  });

  it('serves the one search box with snippets', async () => {
    const response = await client.get(`${base}/search?q=${encodeURIComponent('nguyen')}`);
    expect(response.json().items[0]).toMatchObject({
      name: 'Nguyễn Văn An',
      type: 'person',
      snippet: 'an.nguyen@example.vn',
    });
  });
});

describe('partner list', () => {
  it('sorts by name ignoring diacritics, both ways', async () => {
    const asc = await names('sort=name');
    expect(asc.indexOf('Đặng Thị Hồng')).toBeLessThan(asc.indexOf('Nguyễn Văn An'));
    expect(await names('sort=-name')).toEqual([...asc].reverse());
  });

  it('walks every partner exactly once with a keyset cursor, for every sort', async () => {
    for (const sort of ['name', '-name', 'created', '-created', 'updated', '-updated']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await client.get(`${base}/partners?${query}`)).json() as {
          items: { id: string }[];
          nextCursor: string | null;
        };
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(PEOPLE.length);
      expect(new Set(seen).size).toBe(PEOPLE.length);
    }
  });

  it("shows each row's own tags and owner", async () => {
    const items = (await client.get(`${base}/partners?limit=200`)).json().items as {
      name: string;
      tags: { id: string; name: string; color: string }[];
      owner: { id: string; name: string } | null;
    }[];
    const zeta = items.find((p) => p.name === 'Zeta Training Ltd');
    expect(zeta?.tags).toEqual([expect.objectContaining({ id: vipTag, name: 'Khách VIP', color: '#e03131' })]);
    expect(zeta?.owner).toEqual({ id: memberId, name: expect.any(String) });
    expect(zeta?.owner?.name).not.toBe('');
    // The others keep their creator, the workspace owner, as owner.
    for (const other of items.filter((p) => p !== zeta))
      expect([other.tags, other.owner?.name]).toEqual([[], 'Olga Owner']);
  });

  it('filters by type, kind, tag, owner, country and dates', async () => {
    expect((await names('type=organization')).sort()).toEqual(['Zeta Training Ltd', 'شرکت می‌خواهم'].sort());
    expect((await names('kind=training')).sort()).toEqual(['Zeta Training Ltd', 'علي كريمي'].sort());
    expect((await names('kind=auditor,supplier')).sort()).toEqual(['Đặng Thị Hồng', 'Фёдор ИВАНОВ'].sort());
    expect(await names(`tag=${vipTag}`)).toEqual(['Zeta Training Ltd']);
    expect(await names(`owner=${memberId}`)).toEqual(['Zeta Training Ltd']);
    expect((await names('country=vn')).sort()).toEqual(['Nguyễn Văn An', 'Đặng Thị Hồng'].sort());
    const today = new Date().toISOString().slice(0, 10);
    expect(await names(`createdFrom=${today}&createdTo=${today}`)).toHaveLength(PEOPLE.length);
    expect(await names('createdTo=2000-01-01')).toEqual([]);
    expect(await names('type=person&kind=customer&q=an')).toEqual(['Nguyễn Văn An']);
  });

  it('refuses an unknown filter, a bad value and a bad cursor with 400 naming it', async () => {
    for (const [query, path] of [
      ['colour=red', 'colour'],
      ['kind=pirate', 'kind.0'],
      ['sort=size', 'sort'],
      ['createdFrom=yesterday', 'createdFrom'],
      ['cursor=nonsense', 'cursor'],
    ]) {
      const response = await client.get(`${base}/partners?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe(path);
    }
  });
});

describe('bulk actions, tags and saved views', () => {
  it('tags, re-owns, deletes and restores a selection, auditing each partner', async () => {
    const ws = await workspaceWithOwner(ctx);
    const tag = (await ws.client.post(`${ws.base}/tags`, { name: 'Q4', color: '#2f9e44' })).json();
    const made: string[] = [];
    for (const name of ['One', 'Two', 'Three'])
      made.push((await ws.client.post(`${ws.base}/partners`, { type: 'person', name })).json().id);
    const bulk = (body: object) => ws.client.post(`${ws.base}/partners/bulk`, { ids: made, ...body });
    expect((await bulk({ action: 'add_tag', tagId: tag.id })).json()).toEqual({ updated: 3 });
    expect((await ws.client.get(`${ws.base}/partners?tag=${tag.id}`)).json().items).toHaveLength(3);
    expect((await bulk({ action: 'remove_tag', tagId: tag.id })).json()).toEqual({ updated: 3 });
    expect((await bulk({ action: 'set_owner', ownerId: null })).json()).toEqual({ updated: 3 });
    expect((await bulk({ action: 'delete' })).json()).toEqual({ updated: 3 });
    expect((await ws.client.get(`${ws.base}/partners`)).json().items).toHaveLength(0);
    expect((await bulk({ action: 'restore' })).json()).toEqual({ updated: 3 });
    const missingTag = await bulk({ action: 'add_tag' });
    expect(missingTag.statusCode).toBe(400);
    expect(missingTag.json().errors[0]).toMatchObject({ path: 'tagId', rule: 'required' });
    const audit = (await ws.client.get(`${ws.base}/audit-log?limit=200`))
      .json()
      .items.filter((e: { action: string }) => e.action.startsWith('partner.bulk_'));
    expect(audit).toHaveLength(15);
  });

  it('keeps tag names unique per workspace and renames with the version', async () => {
    const ws = await workspaceWithOwner(ctx);
    const tag = (await ws.client.post(`${ws.base}/tags`, { name: 'Đối tác chiến lược', color: '#1c7ed6' })).json();
    const clash = await ws.client.post(`${ws.base}/tags`, { name: 'DOI TAC CHIEN LUOC', color: '#000000' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0]).toMatchObject({ path: 'name', rule: 'duplicate' });
    const badColour = await ws.client.post(`${ws.base}/tags`, { name: 'x', color: 'red' });
    expect(badColour.json().errors[0].path).toBe('color');
    const renamed = await ws.client.patch(`${ws.base}/tags/${tag.id}`, { name: 'Strategic', version: 1 });
    expect(renamed.json()).toMatchObject({ name: 'Strategic', version: 2 });
    expect((await ws.client.patch(`${ws.base}/tags/${tag.id}`, { color: '#ffffff', version: 1 })).statusCode).toBe(412);
    expect((await ws.client.delete(`${ws.base}/tags/${tag.id}`)).statusCode).toBe(204);
    expect((await ws.client.get(`${ws.base}/tags`)).json().items).toEqual([]);
  });

  it('saves views per user and checks their filters', async () => {
    const ws = await workspaceWithOwner(ctx);
    const saved = await ws.client.post(`${ws.base}/saved-views`, {
      name: 'Suppliers in VN',
      query: { kind: 'supplier', country: 'VN', sort: '-updated' },
    });
    expect(saved.statusCode).toBe(201);
    const bad = await ws.client.post(`${ws.base}/saved-views`, { name: 'Bad', query: { colour: 'red' } });
    expect(bad.statusCode).toBe(400);
    const { client: colleague } = await memberWithRole(ctx, ws.workspace.id, 'member');
    expect((await colleague.get(`${ws.base}/saved-views`)).json().items).toEqual([]);
    expect((await colleague.delete(`${ws.base}/saved-views/${saved.json().id}`)).statusCode).toBe(404);
    expect((await ws.client.get(`${ws.base}/saved-views`)).json().items).toEqual([
      { id: saved.json().id, name: 'Suppliers in VN', query: { kind: 'supplier', country: 'VN', sort: '-updated' } },
    ]);
  });
});
