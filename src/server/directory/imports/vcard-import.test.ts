import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type Client, type TestContext } from '../../test/harness.js';
import { finished, upload, importFixture } from '../../test/imports.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const fixture = importFixture;

type Contact = { channel: string; label: string; value: string };
type Partner = {
  type: string;
  name: string;
  contacts: Contact[];
  affiliations: { partnerName: string; title: string }[];
};

/** Imports a .vcf file as the app's picker sends it; the job when done, and each partner by name. */
async function importCards(client: Client, base: string, file: string) {
  const uploaded = await upload(client, base, fixture(file), 'text/vcard', file);
  expect(uploaded.statusCode).toBe(201);
  await client.post(`${base}/imports/${uploaded.json().id}/start`, {});
  const job = await finished(client, base, uploaded.json().id);
  const list = (await client.get(`${base}/partners?limit=200&type=person`)).json().items as {
    id: string;
    name: string;
  }[];
  const byName = async (name: string): Promise<Partner> => {
    const found = list.find((p) => p.name === name);
    expect(found, name).toBeDefined();
    return (await client.get(`${base}/partners/${found?.id}`)).json() as Partner;
  };
  return { job, byName };
}

const contacts = (p: Partner) => p.contacts.map((c) => [c.channel, c.value, c.label]);

describe('imports: vCard as phones and mail programs write it', () => {
  it('reads an Android export (vCard 2.1): quoted-printable UTF-8 with soft line breaks, bare types, a photo', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, byName } = await importCards(client, base, 'android-contacts.vcf');
    expect(job).toMatchObject({ status: 'done', imported: 3, failed: 0 });
    const olga = await byName('Ольга Петровна Смирнова');
    expect(olga.type).toBe('person');
    expect(contacts(olga)).toEqual([
      ['email', 'olga.smirnova@example.ru', 'Home'],
      ['phone', '+79165551234', 'Mobile'],
      ['phone', '+74951234567', 'Work'],
    ]);
    // ORG's department stays beside the title, at its organisation.
    expect(olga.affiliations).toMatchObject([
      { partnerName: 'ООО «Ромашка»', title: 'Главный специалист, Отдел закупок' },
    ]);
    const persian = await byName('مریم رضایی');
    expect(contacts(persian)).toEqual([['phone', '+989123456789', 'Mobile']]);
  });

  it('drops one bad value with a warning that quotes it, and keeps the card', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, byName } = await importCards(client, base, 'android-contacts.vcf');
    const warning = job.errors.find((e) => e.rule === 'value_dropped');
    expect(warning).toMatchObject({ line: 17, field: 'phone', column: 'TEL', value: 'not a phone' });
    expect(warning?.message).toContain('"not a phone"');
    const mai = await byName('Trần Thị Mai');
    expect(contacts(mai).map((c) => c[2])).toEqual(['Work', 'Mobile']);
  });

  it('reads an Outlook card (vCard 2.1) with its address, web page and labels', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, byName } = await importCards(client, base, 'outlook-card.vcf');
    expect(job).toMatchObject({ status: 'done', imported: 1, failed: 0 });
    const james = await byName('James Carter');
    expect(james.affiliations).toMatchObject([
      { partnerName: 'Northwind Traders', title: 'Purchasing Manager, Purchasing' },
    ]);
    expect(james.contacts.find((c) => c.channel === 'address')).toMatchObject({
      label: 'Work',
      value: '1 Microsoft Way, Redmond, WA, 98052, United States of America',
    });
    expect(james.contacts.find((c) => c.channel === 'website')).toMatchObject({ label: 'Work' });
  });

  it("keeps Apple's itemN.X-ABLabel labels and ignores the photo", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, byName } = await importCards(client, base, 'apple-contacts.vcf');
    expect(job).toMatchObject({ status: 'done', imported: 1, failed: 0 });
    expect(job.errors.filter((e) => e.rule !== 'possible_duplicate')).toEqual([]);
    const binh = await byName('Nguyễn Văn Bình');
    expect(contacts(binh)).toEqual([
      ['email', 'binh@saomai.vn', 'Other'],
      ['phone', '+842838221234', 'Zalo công việc'],
      ['phone', '+84903111222', 'Mobile'],
      ['website', 'https://saomai.vn/', 'HomePage'],
    ]);
  });

  it('reads the RFC 6350 sample: tel: URIs with an extension', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, byName } = await importCards(client, base, 'rfc6350-sample.vcf');
    expect(job).toMatchObject({ status: 'done', imported: 1, failed: 0 });
    const simon = await byName('Simon Perreault');
    const phones = simon.contacts.filter((c) => c.channel === 'phone');
    expect(phones).toHaveLength(2);
    expect(phones[0]?.value).toBe('+14186569254 ext. 102');
    expect(phones[0]?.label).toBe('Work');
  });
});
