import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { makePartner, makeRelationship } from '../../test/factories.js';

let ctx: TestContext;
let client: Client;
let base: string;
let memberId: string;
let vipTag: string;
const ids: Record<string, string> = {};
const partnerIds: Record<string, string> = {};

type Listed = { id: string; partner: { name: string }; value: { canWeHelp: number; canTheyHelp: number } | null };

// name → relationship; values are [canWeHelp, canTheyHelp].
const SEED: { name: string; body: Record<string, unknown>; value?: [number, number]; vip?: boolean }[] = [
  {
    name: 'Nguyễn Văn An',
    body: { stage: 'formation', tier: 'inner_circle', kinds: ['customer'] },
    value: [5, 1],
    vip: true,
  },
  { name: 'Đặng Thị Hồng', body: { stage: 'planning', tier: 'active', startedOn: '2020-01-01' }, value: [4, 4] },
  { name: 'Фёдор Иванов', body: { stage: 'planning', tier: 'occasional', kinds: ['auditor'] } },
  {
    name: 'Zeta Training',
    body: { stage: 'results', tier: 'dormant', status: 'paused', startedOn: '2020-01-01' },
    value: [2, 3],
  },
  {
    name: 'Alpha Co',
    body: { stage: 'formation', tier: 'active', status: 'ended', endReason: 'Merged elsewhere' },
    value: [3, 3],
  },
  { name: 'شرکت نوآوران پارس', body: { stage: 'engagement', tier: 'active' } },
];

beforeAll(async () => {
  ctx = await createTestApp();
  const ws = await workspaceWithOwner(ctx);
  client = ws.client;
  base = ws.base;
  memberId = (await memberWithRole(ctx, ws.workspace.id, 'member')).user.id;
  vipTag = (await client.post(`${base}/tags`, { name: 'VIP', color: '#e03131' })).json().id;
  for (const seed of SEED) {
    const partner = await makePartner(client, base, seed.name, seed.vip ? { tagIds: [vipTag] } : {});
    partnerIds[seed.name] = partner.id;
    const owner = seed.vip ? { ownerId: memberId } : {};
    const relationship = await makeRelationship(client, base, { partnerId: partner.id, ...owner, ...seed.body });
    ids[seed.name] = relationship.id;
    if (seed.value) {
      const [canWeHelp, canTheyHelp] = seed.value;
      expect(
        (await client.post(`${base}/relationships/${relationship.id}/value-assessments`, { canWeHelp, canTheyHelp }))
          .statusCode,
      ).toBe(201);
    }
  }
});
afterAll(() => ctx.close());

const list = async (query: string) => {
  const response = await client.get(`${base}/relationships?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Listed[];
};
const names = async (query: string) => (await list(query)).map((r) => r.partner.name);

describe('relationship list', () => {
  it('sorts by partner name by default, diacritics ignored', async () => {
    const all = await names('');
    expect(all).toHaveLength(SEED.length);
    const latin = all.filter((n) => /^[A-ZĐN]/.test(n));
    expect(latin).toEqual(['Alpha Co', 'Đặng Thị Hồng', 'Nguyễn Văn An', 'Zeta Training']);
  });

  it('sorts by value sum, unassessed last both ways, and by stage, next contact and update', async () => {
    const up = await list('sort=value');
    expect(up.map((r) => r.value && r.value.canWeHelp + r.value.canTheyHelp)).toEqual([5, 6, 6, 8, null, null]);
    const down = await list('sort=-value');
    expect(down.map((r) => r.value && r.value.canWeHelp + r.value.canTheyHelp)).toEqual([8, 6, 6, 5, null, null]);
    const byStage = await names('sort=stage');
    expect(byStage.slice(0, 2)).toEqual(['Alpha Co', 'Nguyễn Văn An']);
    expect(byStage.slice(4)).toEqual(['شرکت نوآوران پارس', 'Zeta Training']);
    const byDue = await names('sort=nextContact');
    expect(byDue.slice(0, 2)).toEqual(['Đặng Thị Hồng', 'Zeta Training']);
    expect(await names('sort=-nextContact')).toEqual([...byDue].reverse());
    const recent = await names('sort=-updated');
    expect(recent[0]).toBe('شرکت نوآوران پارس');
    expect(await names('sort=updated')).toEqual([...recent].reverse());
  });

  it('walks every relationship exactly once with a keyset cursor, for every sort', async () => {
    for (const sort of [
      'partner',
      'updated',
      '-updated',
      'nextContact',
      '-nextContact',
      'value',
      '-value',
      'stage',
      'health',
      '-health',
      'losing_touch',
    ]) {
      const whole = (await list(`sort=${sort}&limit=200`)).map((r) => r.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await client.get(`${base}/relationships?${query}`)).json() as {
          items: { id: string }[];
          nextCursor: string | null;
        };
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, sort).toEqual(whole);
    }
  });

  it('filters by stage, tier, status, kind, tag, owner, partner, one-sidedness, overdue and name', async () => {
    const sorted = async (query: string) => (await names(query)).sort();
    expect(await sorted('stage=planning')).toEqual(['Đặng Thị Hồng', 'Фёдор Иванов'].sort());
    expect(await sorted('stage=formation,engagement')).toEqual(
      ['Alpha Co', 'Nguyễn Văn An', 'شرکت نوآوران پارس'].sort(),
    );
    expect(await names('tier=inner_circle')).toEqual(['Nguyễn Văn An']);
    expect(await names('status=ended')).toEqual(['Alpha Co']);
    expect(await sorted('status=paused,ended')).toEqual(['Alpha Co', 'Zeta Training']);
    expect(await names('kind=auditor')).toEqual(['Фёдор Иванов']);
    expect(await names(`tag=${vipTag}`)).toEqual(['Nguyễn Văn An']);
    expect(await names(`owner=${memberId}`)).toEqual(['Nguyễn Văn An']);
    expect(await names(`partner=${partnerIds['Фёдор Иванов']}`)).toEqual(['Фёдор Иванов']);
    expect(await sorted('oneSided=true')).toEqual(['Nguyễn Văn An', 'Zeta Training']);
    expect(await names('oneSided=false')).toHaveLength(4);
    // Due in 2020 but paused: not overdue.
    expect(await names('overdue=true')).toEqual(['Đặng Thị Hồng']);
    expect(await names('overdue=false')).toHaveLength(5);
    expect(await names('q=nguyen')).toEqual(['Nguyễn Văn An']);
    expect(await names(`q=${encodeURIComponent('nguen van an')}`)).toEqual(['Nguyễn Văn An']);
    expect(await names(`q=${encodeURIComponent('иванов')}`)).toEqual(['Фёдор Иванов']);
    expect(await names('stage=planning&tier=active&q=dang')).toEqual(['Đặng Thị Hồng']);
    const overdue = (await client.get(`${base}/relationships/${ids['Đặng Thị Hồng']}`)).json();
    expect(overdue).toMatchObject({ overdue: true, nextContactDue: '2020-01-31', oneSided: false });
  });

  it('refuses an unknown filter, a bad value and a bad cursor with 400 naming it', async () => {
    const otherSortCursor = (await client.get(`${base}/relationships?sort=stage&limit=1`)).json().nextCursor as string;
    for (const [query, path] of [
      ['colour=red', 'colour'],
      ['stage=launch', 'stage.0'],
      ['tier=vip', 'tier.0'],
      ['sort=size', 'sort'],
      ['oneSided=maybe', 'oneSided'],
      ['cursor=nonsense', 'cursor'],
      [`sort=partner&cursor=${otherSortCursor}`, 'cursor'],
      ['limit=0', 'limit'],
    ]) {
      const response = await client.get(`${base}/relationships?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0].path, query).toBe(path);
    }
  });
});

describe('relationship board', () => {
  type Column = {
    key: string;
    count: number;
    items: {
      id: string;
      partner: { name: string };
      stage: string;
      tier: string;
      oneSided: boolean;
      overdue: boolean;
    }[];
    nextCursor: string | null;
  };
  const board = async (query: string) => {
    const response = await client.get(`${base}/relationships/board?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { groupBy: string; columns: Column[] };
  };

  it('groups by stage with a count per column and cards in name order, leaving out ended ones', async () => {
    const { groupBy, columns } = await board('');
    expect(groupBy).toBe('stage');
    expect(columns.map((c) => [c.key, c.count])).toEqual([
      ['formation', 1],
      ['planning', 2],
      ['engagement', 1],
      ['results', 1],
      ['realization', 0],
    ]);
    expect(columns[0]?.items.map((c) => c.partner.name)).toEqual(['Nguyễn Văn An']);
    expect(columns[1]?.items.map((c) => c.partner.name)).toEqual(['Đặng Thị Hồng', 'Фёдор Иванов']);
    expect(columns[0]?.items[0]).toEqual({
      id: ids['Nguyễn Văn An'],
      version: 1,
      partner: { id: partnerIds['Nguyễn Văn An'], name: 'Nguyễn Văn An', type: 'organization' },
      owner: { id: memberId, name: 'A member' },
      stage: 'formation',
      tier: 'inner_circle',
      oneSided: true,
      overdue: false,
      nextContactDue: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      value: { canWeHelp: 5, canTheyHelp: 1, assessedOn: expect.any(String) },
    });
    expect(columns.every((c) => c.nextCursor === null)).toBe(true);
  });

  it('groups by tier, applies the filters to counts and cards', async () => {
    const byTier = await board('groupBy=tier');
    expect(byTier.columns.map((c) => [c.key, c.count])).toEqual([
      ['inner_circle', 1],
      ['active', 2],
      ['occasional', 1],
      ['dormant', 1],
    ]);
    expect(
      byTier.columns
        .find((c) => c.key === 'active')
        ?.items.map((c) => c.partner.name)
        .sort(),
    ).toEqual(['Đặng Thị Hồng', 'شرکت نوآوران پارس'].sort());
    const ended = await board('groupBy=tier&status=ended');
    expect(ended.columns.map((c) => [c.key, c.items.map((i) => i.partner.name)])).toEqual([
      ['inner_circle', []],
      ['active', ['Alpha Co']],
      ['occasional', []],
      ['dormant', []],
    ]);
    const oneSided = await board('oneSided=true');
    expect(oneSided.columns.map((c) => c.count)).toEqual([1, 0, 0, 1, 0]);
  });

  it("continues a column in the list with the column's cursor", async () => {
    const { columns } = await board('perColumn=1');
    const planning = columns[1] as Column;
    expect(planning.items.map((c) => c.partner.name)).toEqual(['Đặng Thị Hồng']);
    expect(planning.nextCursor).not.toBeNull();
    const rest = await names(`stage=planning&sort=partner&cursor=${planning.nextCursor}`);
    expect(rest).toEqual(['Фёдор Иванов']);
    expect((await client.get(`${base}/relationships/board?groupBy=owner`)).statusCode).toBe(400);
  });
});
