import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type Client, type TestContext } from '../../test/harness.js';
import { finished, upload, importFixture } from '../../test/imports.js';
import { parseCsv } from './csv.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const fixture = importFixture;

type Partner = {
  type: string;
  name: string;
  contacts: { channel: string; label: string; value: string }[];
  tags: { name: string }[];
  affiliations: { partnerName: string; title: string }[];
  country: string | null;
};

/** Uploads an export as the file picker sends it, starts it with the suggested mapping, and reads the result. */
async function importExport(client: Client, base: string, file: string) {
  const uploaded = await upload(client, base, fixture(file), 'text/csv', file);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const { id, suggestedMapping, rowCount } = uploaded.json() as {
    id: string;
    rowCount: number;
    suggestedMapping: Record<string, string | null>;
  };
  await client.post(`${base}/imports/${id}/start`, {});
  const job = await finished(client, base, id);
  const list = (await client.get(`${base}/partners?limit=200`)).json().items as { id: string; name: string }[];
  const byName = async (name: string): Promise<Partner> => {
    const found = list.find((p) => p.name === name);
    expect(found, `${name} among ${list.map((p) => p.name).join(', ')}`).toBeDefined();
    return (await client.get(`${base}/partners/${found?.id}`)).json() as Partner;
  };
  return { job, rowCount, mapping: suggestedMapping, byName };
}

const channels = (p: Partner) => p.contacts.map((c) => [c.channel, c.value, c.label]);

describe('imports: CSV exports as people have them', () => {
  it('Google Contacts: names in three columns, "- Label" pairs, " ::: " values, Labels as tags without * myContacts', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, mapping, byName } = await importExport(client, base, 'google-contacts.csv');
    expect(mapping).toMatchObject({
      'First Name': 'name',
      'Middle Name': 'name',
      'Last Name': 'name',
      Nickname: null,
      'File As': null,
      'Name Prefix': null,
      'Organization Name': 'organization',
      'Organization Title': 'title',
      'Organization Department': null,
      Birthday: null,
      Photo: null,
      Labels: 'tags',
      'E-mail 1 - Label': null,
      'E-mail 1 - Value': 'email',
      'Phone 1 - Label': null,
      'Phone 1 - Value': 'phone',
      'Address 1 - Formatted': 'address',
      'Address 1 - Street': null,
      'Address 1 - City': null,
      'Address 1 - Country': 'country',
      'Website 1 - Value': 'website',
    });
    expect(job).toMatchObject({ status: 'done', imported: 4, failed: 0 });
    const an = await byName('Nguyễn Văn An');
    expect(an.type).toBe('person');
    expect(an.country).toBe('VN');
    expect(an.affiliations).toMatchObject([{ partnerName: 'Công ty TNHH Sao Mai', title: 'Giám đốc' }]);
    expect(channels(an)).toEqual([
      ['email', 'an@saomai.vn', 'Work'],
      ['email', 'an.nguyen@saomai.vn', 'Work'],
      ['email', 'an.home@gmail.com', 'Home'],
      ['phone', '+84912345678', 'Mobile'],
      ['website', 'https://saomai.vn/', 'Work'],
      ['address', '12 Lê Lợi\nQuận 1, TP. Hồ Chí Minh\nVietnam', 'Work'],
    ]);
    expect(an.tags.map((t) => t.name)).toEqual(['Nhà cung cấp']);
    // A person with a first and a last name and no company is a person, not an organisation.
    const olga = await byName('Ольга Петровна Смирнова');
    expect(olga.type).toBe('person');
    expect(olga.tags.map((t) => t.name)).toEqual(['starred']);
    expect((await byName('مریم رضایی')).tags).toEqual([]);
  });

  it("Outlook: Company, Job Title, E-mail Address, Business Phone; not Title, Assistant's or Manager's Name", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, mapping, byName } = await importExport(client, base, 'outlook-contacts.csv');
    expect(mapping).toMatchObject({
      Title: null,
      'First Name': 'name',
      'Last Name': 'name',
      Suffix: null,
      Company: 'organization',
      Department: null,
      'Job Title': 'title',
      'Business Phone': 'phone',
      'Mobile Phone': 'phone',
      "Assistant's Name": null,
      "Assistant's Phone": null,
      "Manager's Name": null,
      'E-mail Address': 'email',
      'E-mail Type': null,
      'E-mail Display Name': null,
      'Web Page': 'website',
      Categories: 'tags',
    });
    expect(job).toMatchObject({ status: 'done', imported: 2, failed: 0 });
    const james = await byName('James Carter');
    expect(james.affiliations).toMatchObject([{ partnerName: 'Northwind Traders', title: 'Purchasing Manager' }]);
    expect(james.contacts.filter((c) => c.channel === 'phone').map((c) => c.value)).toEqual([
      '+14255550123',
      '+14255550187',
    ]);
    expect((await byName('Алёна Кузнецова')).type).toBe('person');
  });

  it('LinkedIn Connections: the Notes: preamble is skipped and lines keep their numbers', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, rowCount, mapping, byName } = await importExport(client, base, 'linkedin-connections.csv');
    expect(rowCount).toBe(2);
    const [header, first] = parseCsv(fixture('linkedin-connections.csv'));
    expect([header?.line, first?.line]).toEqual([4, 5]);
    expect(mapping).toMatchObject({
      'First Name': 'name',
      'Last Name': 'name',
      URL: 'website',
      'Email Address': 'email',
      Company: 'organization',
      Position: 'title',
      'Connected On': null,
    });
    expect(job).toMatchObject({ status: 'done', imported: 2, failed: 0 });
    const ha = await byName('Phạm Thu Hà');
    expect(ha.affiliations).toMatchObject([{ partnerName: 'Công ty CP Đào tạo Á Châu', title: 'Training Manager' }]);
  });

  it("Excel's sep=; line names the delimiter and is not a header", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, mapping, byName } = await importExport(client, base, 'excel-semicolon.csv');
    expect(Object.keys(mapping)).toEqual(['Название', 'Телефон', 'E-mail', 'Примечание']);
    expect(parseCsv(fixture('excel-semicolon.csv')).map((r) => r.line)).toEqual([2, 3]);
    expect(job).toMatchObject({ status: 'done', imported: 1, failed: 0 });
    const romashka = await byName('ООО «Ромашка»');
    expect(romashka.type).toBe('organization');
  });

  it('HubSpot and Zoho CRM exports: owners, ids and dates are not names; Account Name is the company', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const hubspot = await importExport(client, base, 'hubspot-contacts.csv');
    expect(hubspot.mapping).toMatchObject({
      'Record ID': null,
      'First Name': 'name',
      'Last Name': 'name',
      Email: 'email',
      'Phone Number': 'phone',
      'Company Name': 'organization',
      'Job Title': 'title',
      'Contact owner': null,
      'Create Date': null,
      'Last Activity Date': null,
    });
    expect(hubspot.job).toMatchObject({ status: 'done', imported: 1, failed: 0 });
    const zoho = await importExport(client, base, 'zoho-contacts.csv');
    expect(zoho.mapping).toMatchObject({
      'Contact Owner': null,
      Salutation: null,
      'Account Name': 'organization',
      'Vendor Name': null,
      Title: 'title',
      Department: null,
      'Mailing Street': 'address',
      'Created Time': null,
      'Modified Time': null,
    });
    expect(zoho.job).toMatchObject({ status: 'done', imported: 1, failed: 0 });
    const bao = await zoho.byName('Lê Quốc Bảo');
    expect(bao.affiliations).toMatchObject([{ partnerName: 'Công ty TNHH Kiểm toán Việt', title: 'Kiểm toán viên' }]);
  });

  it('Outlook: an address of parts only, phone labels from the headers, Vietnamese names family name first', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, mapping, byName } = await importExport(client, base, 'outlook-parts-and-names.csv');
    expect(mapping).toMatchObject({
      'Business Street': 'address',
      'Business City': 'address',
      'Business State': 'address',
      'Business Postal Code': 'address',
      'Business Country/Region': 'country',
      'Home City': 'address',
      'Home Country/Region': 'country',
    });
    expect(job).toMatchObject({ status: 'done', imported: 4, failed: 0 });
    // Last "Nguyễn", Middle "Văn", First "An": a Vietnamese name reads family name first.
    const an = await byName('Nguyễn Văn An');
    expect(an.country).toBe('VN');
    expect(channels(an)).toEqual([
      ['email', 'an@saomai.vn', ''],
      ['phone', '+842838221235', 'Fax'],
      ['phone', '+842838221234', 'Work'],
      ['phone', '+842438255555', 'Home'],
      ['phone', '+84912345678', 'Mobile'],
      ['address', 'TP. Hồ Chí Minh, 700000, Việt Nam', 'Work'],
      ['address', 'Hà Nội', 'Home'],
    ]);
    // Without marks and without a country, a common Vietnamese family name still goes first.
    expect(channels(await byName('Tran Minh'))).toEqual([
      ['email', 'minh.tran@example.com', ''],
      ['phone', '+84903111222', 'Mobile'],
    ]);
    const john = await byName('John Smith');
    expect(john.country).toBe('US');
    expect(channels(john)).toEqual([
      ['email', 'john@contoso.example.com', ''],
      ['phone', '+14255550100', 'Work'],
      ['address', 'Redmond, WA, 98052, United States of America', 'Work'],
    ]);
    // In the United States and without marks, the file's order stays.
    expect((await byName('Linh Pham')).country).toBe('US');
  });
});
