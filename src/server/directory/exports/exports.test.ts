import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { parseCsv, parseVcards, VCARD_COLUMNS } from '../imports/index.js';
import { importFile } from '../../test/imports.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const HEADER = [
  'name',
  'type',
  'kinds',
  'email',
  'phone',
  'website',
  'address',
  'messenger',
  'country',
  'tags',
  'organization',
  'title',
  'business',
  'notes',
];

async function seed(client: Awaited<ReturnType<typeof workspaceWithOwner>>['client'], base: string) {
  const vip = (await client.post(`${base}/tags`, { name: 'VIP; khách', color: '#ff0000' })).json();
  const org = (
    await client.post(`${base}/partners`, {
      type: 'organization',
      name: 'Công ty TNHH Xanh, Sạch',
      kinds: ['supplier', 'manufacturer'],
      country: 'VN',
      tagIds: [vip.id],
      contacts: [
        { channel: 'email', value: 'info@xanh.vn' },
        { channel: 'email', value: 'sales@xanh.vn' },
        { channel: 'phone', value: '028 3822 1234' },
        { channel: 'website', value: 'xanh.vn' },
      ],
      profile: { business: 'Bao bì "xanh"', notes: 'dòng 1\ndòng 2' },
    })
  ).json();
  await client.post(`${base}/partners`, {
    type: 'person',
    name: 'Иван Петров',
    kinds: ['supplier'],
    country: 'RU',
    contacts: [{ channel: 'email', value: 'ivan@romashka.ru' }],
    affiliations: [{ partnerId: org.id, title: 'Директор' }],
  });
  await client.post(`${base}/partners`, {
    type: 'person',
    name: 'سارا احمدی',
    kinds: ['customer'],
    contacts: [
      { channel: 'email', value: 'sara@pars.ir' },
      { channel: 'messenger', value: '=HYPERLINK("x")' },
    ],
  });
  return { vip, org };
}

/** Every partner of a workspace as a round trip must keep it, sorted by name. */
async function directory(c: Client, b: string) {
  const items = (await c.get(`${b}/partners?limit=200`)).json().items as { id: string }[];
  const details = await Promise.all(items.map(async (i) => (await c.get(`${b}/partners/${i.id}`)).json()));
  return details
    .map((d) => ({
      name: d.name,
      type: d.type,
      kinds: d.kinds,
      country: d.country,
      contacts: d.contacts.map((x: { channel: string; label: string; value: string }) =>
        [x.channel, x.label, x.value].join('|'),
      ),
      tags: d.tags.map((t: { name: string }) => t.name).sort(),
      affiliations: d.affiliations
        .map((a: { partnerName: string; title: string }) => `${a.partnerName}/${a.title}`)
        .sort(),
      profile: d.profile,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('exports', () => {
  it('exports the filtered list as CSV with a BOM, one row per matching partner, as an attachment', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await seed(client, base);
    const response = await client.get(`${base}/exports/partners.csv?kind=supplier`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="partners-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const [header, ...rows] = parseCsv(response.rawPayload.subarray(3).toString('utf8'));
    expect(header?.cells).toEqual(HEADER);
    expect(rows.map((r) => r.cells)).toEqual([
      [
        'Công ty TNHH Xanh, Sạch',
        'organization',
        'supplier; manufacturer',
        'info@xanh.vn; sales@xanh.vn',
        '+842838221234',
        'https://xanh.vn/',
        '',
        '',
        'VN',
        'VIP; khách',
        '',
        '',
        'Bao bì "xanh"',
        'dòng 1\ndòng 2',
      ],
      [
        'Иван Петров',
        'person',
        'supplier',
        'ivan@romashka.ru',
        '',
        '',
        '',
        '',
        'RU',
        '',
        'Công ty TNHH Xanh, Sạch',
        'Директор',
        '',
        '',
      ],
    ]);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await seed(client, base);
    const text = (await client.get(`${base}/exports/partners.csv?q=sara`)).rawPayload.subarray(3).toString('utf8');
    const [, sara] = parseCsv(text);
    expect(sara?.cells[7]).toBe(`'=HYPERLINK("x")`);
  });

  it('round-trips: export CSV → import in another workspace → the same names, types, emails and people', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await seed(client, base);
    const csv = (await client.get(`${base}/exports/partners.csv`)).rawPayload.toString('utf8');
    const target = await workspaceWithOwner(ctx);
    const job = await importFile(target.client, target.base, csv);
    expect(job).toMatchObject({ status: 'done', imported: 3, failed: 0 });
    const [before, after] = [await directory(client, base), await directory(target.client, target.base)];
    // Tags split on ; and , in a cell: "VIP; khách" comes back as two tags; everything else is equal.
    expect(after.map((p) => ({ ...p, tags: [] }))).toEqual(before.map((p) => ({ ...p, tags: [] })));
    expect(after.find((p) => p.type === 'organization')?.tags).toEqual(['khách', 'VIP'].sort());
  });

  it('round-trips through vCard: labels, a tag with a semicolon, several addresses, a title at each organisation', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { org } = await seed(client, base);
    const second = (await client.post(`${base}/partners`, { type: 'organization', name: 'ООО Ромашка' })).json();
    await client.post(`${base}/partners`, {
      type: 'person',
      name: 'Trần Thị Mai',
      country: 'VN',
      contacts: [
        { channel: 'email', label: 'Work', value: 'mai@xanh.vn' },
        { channel: 'phone', label: 'Zalo công việc', value: '+84 912 345 678' },
        { channel: 'address', label: 'Home', value: '12 Lê Lợi, Quận 1' },
        { channel: 'address', label: 'Work', value: '5 Nguyễn Huệ, Quận 1' },
      ],
      affiliations: [
        { partnerId: second.id, title: 'Советник' },
        { partnerId: org.id, title: 'Giám đốc' },
      ],
    });
    const vcf = (await client.get(`${base}/exports/partners.vcf`)).rawPayload.toString('utf8');
    const target = await workspaceWithOwner(ctx);
    const job = await importFile(target.client, target.base, vcf, 'text/vcard');
    expect(job).toMatchObject({ status: 'done', imported: 5, failed: 0 });
    const [before, after] = [await directory(client, base), await directory(target.client, target.base)];
    expect(after).toEqual(before);
    expect(after.find((p) => p.name === 'Công ty TNHH Xanh, Sạch')?.tags).toEqual(['VIP; khách']);
    expect(after.find((p) => p.name === 'Trần Thị Mai')?.affiliations).toEqual(
      ['Công ty TNHH Xanh, Sạch/Giám đốc', 'ООО Ромашка/Советник'].sort(),
    );
  });

  it('exports vCard 4.0 of the filtered list, and walks every page of a long list', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await seed(client, base);
    const response = await client.get(`${base}/exports/partners.vcf?type=person`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="partners-.*\.vcf"/);
    const cards = parseVcards(response.body);
    const fn = VCARD_COLUMNS.indexOf('FN');
    expect(cards.map((c) => c.values[fn]?.[0])).toEqual(['Иван Петров', 'سارا احمدی']);
    expect(response.body).toContain('VERSION:4.0\r\nKIND:individual\r\n');
    expect(response.body).toContain('ORG:Công ty TNHH Xanh\\, Sạch\r\nTITLE:Директор\r\n');

    const rows = Array.from({ length: 1204 }, (_, i) => `Bulk ${String(i).padStart(4, '0')},bulk${i}@example.com`);
    await importFile(client, base, ['name,email', ...rows].join('\n'));
    const all = parseCsv(
      (await client.get(`${base}/exports/partners.csv?q=bulk`)).rawPayload.subarray(3).toString('utf8'),
    );
    expect(all.length - 1).toBe(1204);
    expect(new Set(all.slice(1).map((r) => r.cells[0])).size).toBe(1204);
  });

  it('a viewer may export; another workspace may not (404); a bad filter is a 400', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    await seed(client, base);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await viewer.client.get(`${base}/exports/partners.vcf`)).statusCode).toBe(200);
    const other = await workspaceWithOwner(ctx);
    expect((await other.client.get(`${base}/exports/partners.csv`)).statusCode).toBe(404);
    expect((await client.get(`${base}/exports/partners.csv?kind=spaceship`)).statusCode).toBe(400);
    expect((await client.get(`${base}/exports/partners.csv?colour=red`)).statusCode).toBe(400);
  });
});
