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
  'Name',
  'Type',
  'Kinds',
  'Email 1',
  'Email 1 Label',
  'Email 2',
  'Email 2 Label',
  'Phone 1',
  'Phone 1 Label',
  'Website 1',
  'Website 1 Label',
  'Address 1',
  'Address 1 Label',
  'Address 2',
  'Address 2 Label',
  'Messenger 1',
  'Messenger 1 Label',
  'Country',
  'Tag 1',
  'Tag 2',
  'Tag 3',
  'Organization 1',
  'Title 1',
  'Organization 2',
  'Title 2',
  'Business',
  'Notes',
];

async function seed(client: Awaited<ReturnType<typeof workspaceWithOwner>>['client'], base: string) {
  const vip = (await client.post(`${base}/tags`, { name: 'VIP; khách', color: '#ff0000' })).json();
  const quoted = (await client.post(`${base}/tags`, { name: 'Đối tác "vàng", 2026', color: '#00ff00' })).json();
  const persian = (await client.post(`${base}/tags`, { name: 'مهم، فوری', color: '#0000ff' })).json();
  const org = (
    await client.post(`${base}/partners`, {
      type: 'organization',
      name: 'Công ty TNHH Xanh, Sạch',
      kinds: ['supplier', 'manufacturer'],
      country: 'VN',
      tagIds: [vip.id, quoted.id, persian.id],
      contacts: [
        { channel: 'email', value: 'info@xanh.vn' },
        { channel: 'email', label: 'Bán hàng', value: 'sales@xanh.vn' },
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
  const second = (await client.post(`${base}/partners`, { type: 'organization', name: 'ООО Ромашка' })).json();
  await client.post(`${base}/partners`, {
    type: 'person',
    name: 'Trần Thị Mai',
    country: 'VN',
    tagIds: [persian.id],
    contacts: [
      { channel: 'email', label: 'Work', value: 'mai@xanh.vn' },
      { channel: 'email', label: 'Home', value: 'mai.tran@gmail.com' },
      { channel: 'phone', label: 'Zalo công việc', value: '+84 912 345 678' },
      { channel: 'address', label: 'Home', value: '12 Lê Lợi, Quận 1' },
      { channel: 'address', label: 'Work', value: '5 Nguyễn Huệ; tầng 3\nTP. Hồ Chí Minh' },
      { channel: 'messenger', label: 'Telegram', value: '@mai_tran' },
    ],
    affiliations: [
      { partnerId: second.id, title: 'Советник, юрист' },
      { partnerId: org.id, title: 'Giám đốc; kế toán trưởng' },
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
    // Another workspace's partner with more emails does not widen this workspace's file.
    const other = await workspaceWithOwner(ctx);
    await other.client.post(`${other.base}/partners`, {
      type: 'person',
      name: 'Many Mails',
      contacts: ['a', 'b', 'c', 'd'].map((x) => ({ channel: 'email', value: `${x}@example.com` })),
    });
    const response = await client.get(`${base}/exports/partners.csv?kind=supplier`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="partners-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const [header, ...rows] = parseCsv(response.rawPayload.subarray(3).toString('utf8'));
    expect(header?.cells).toEqual(HEADER);
    const cells = (name: string) => {
      const row = rows.find((r) => r.cells[0] === name)?.cells ?? [];
      return Object.fromEntries(HEADER.map((h, i) => [h, row[i]]).filter(([, v]) => v));
    };
    expect(rows.map((r) => r.cells[0])).toEqual(['Công ty TNHH Xanh, Sạch', 'Иван Петров']);
    expect(rows.every((r) => r.cells.length === HEADER.length)).toBe(true);
    expect(cells('Công ty TNHH Xanh, Sạch')).toEqual({
      Name: 'Công ty TNHH Xanh, Sạch',
      Type: 'organization',
      Kinds: 'supplier; manufacturer',
      'Email 1': 'info@xanh.vn',
      'Email 2': 'sales@xanh.vn',
      'Email 2 Label': 'Bán hàng',
      'Phone 1': '+842838221234',
      'Website 1': 'https://xanh.vn/',
      Country: 'VN',
      'Tag 1': 'Đối tác "vàng", 2026',
      'Tag 2': 'VIP; khách',
      'Tag 3': 'مهم، فوری',
      Business: 'Bao bì "xanh"',
      Notes: 'dòng 1\ndòng 2',
    });
    expect(cells('Иван Петров')).toMatchObject({ 'Organization 1': 'Công ty TNHH Xanh, Sạch', 'Title 1': 'Директор' });
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await seed(client, base);
    const text = (await client.get(`${base}/exports/partners.csv?q=sara`)).rawPayload.subarray(3).toString('utf8');
    const [header, sara] = parseCsv(text);
    expect(sara?.cells[header?.cells.indexOf('Messenger 1') ?? -1]).toBe(`'=HYPERLINK("x")`);
  });

  it('round-trips: export CSV → import with the suggested mapping into an empty workspace → the same directory', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await seed(client, base);
    const csv = (await client.get(`${base}/exports/partners.csv`)).rawPayload.toString('utf8');
    const target = await workspaceWithOwner(ctx);
    const job = await importFile(target.client, target.base, csv);
    expect(job).toMatchObject({ status: 'done', imported: 5, failed: 0 });
    const [before, after] = [await directory(client, base), await directory(target.client, target.base)];
    expect(after).toEqual(before);
    // Exported again, the copy is the same file.
    expect((await target.client.get(`${target.base}/exports/partners.csv`)).rawPayload.toString('utf8')).toBe(csv);
    expect(after.find((p) => p.name === 'Công ty TNHH Xanh, Sạch')?.tags).toEqual(
      ['VIP; khách', 'Đối tác "vàng", 2026', 'مهم، فوری'].sort(),
    );
    expect(after.find((p) => p.name === 'Trần Thị Mai')?.affiliations).toEqual(
      ['Công ty TNHH Xanh, Sạch/Giám đốc; kế toán trưởng', 'ООО Ромашка/Советник, юрист'].sort(),
    );
  });

  it('round-trips through vCard: labels, tags with , and ;, several addresses, a title at each organisation', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await seed(client, base);
    const vcf = (await client.get(`${base}/exports/partners.vcf`)).rawPayload.toString('utf8');
    const target = await workspaceWithOwner(ctx);
    const job = await importFile(target.client, target.base, vcf, 'text/vcard');
    expect(job).toMatchObject({ status: 'done', imported: 5, failed: 0 });
    const [before, after] = [await directory(client, base), await directory(target.client, target.base)];
    expect(after).toEqual(before);
    expect((await target.client.get(`${target.base}/exports/partners.vcf`)).rawPayload.toString('utf8')).toBe(vcf);
    expect(after.find((p) => p.name === 'Trần Thị Mai')?.contacts).toContain('phone|Zalo công việc|+84912345678');
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
    expect(cards.map((c) => c.values[fn]?.[0])).toEqual(['Trần Thị Mai', 'Иван Петров', 'سارا احمدی']);
    expect(response.body).toContain('VERSION:4.0\r\nKIND:individual\r\n');
    expect(response.body).toContain('ORG:Công ty TNHH Xanh\\, Sạch\r\nTITLE:Директор\r\n');
    // Two organisations: each TITLE in its ORG's group; a label vCard has no word for also as X-ABLabel.
    expect(response.body).toContain(
      'item1.ORG:Công ty TNHH Xanh\\, Sạch\r\nitem1.TITLE:Giám đốc\\; kế toán trưởng\r\n',
    );
    expect(response.body).toContain('item2.ORG:ООО Ромашка\r\nitem2.TITLE:Советник\\, юрист\r\n');
    expect(response.body).toContain('EMAIL;TYPE=work:mai@xanh.vn\r\n');
    expect(response.body).toContain('item3.TEL;TYPE=Zalo công việc:+84912345678\r\nitem3.X-ABLabel:Zalo công việc\r\n');

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
