import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type Client, type TestContext } from '../../test/harness.js';
import { finished, upload, importFixture } from '../../test/imports.js';
import { parseCsv } from './csv.js';
import { countryFromText, suggestMapping, uniqueColumns, type Mapping } from './mapping.js';

/**
 * The CSV files programs export today, header rows as those programs write them
 * (src/server/test/fixtures/imports/*-export.csv): which line is the header, which delimiter, which
 * line each record starts on, and the mapping suggested for them; then each imported through the API.
 */

const fixture = importFixture;

/** Parses an export as the import does: its header row, its records and the suggested mapping. */
function read(name: string) {
  const [header, ...records] = parseCsv(fixture(name));
  const columns = uniqueColumns(header?.cells ?? []);
  return { header, records, columns, mapping: suggestMapping(columns) };
}

/** The columns a mapping uses, with their fields: every other column maps to nothing. */
const used = (mapping: Mapping) => Object.fromEntries(Object.entries(mapping).filter(([, field]) => field !== null));

describe('CSV exports: header, delimiter, lines and suggested mapping', () => {
  it('Google Contacts (Google CSV): names in three columns, "- Label" columns to nothing, the formatted address only', () => {
    const { header, records, columns, mapping } = read('google-csv-export.csv');
    expect(header?.line).toBe(1);
    expect(columns).toHaveLength(42);
    // An address of four lines inside quotes: the next records start where a spreadsheet shows them.
    expect(records.map((r) => r.line)).toEqual([2, 6, 9, 10]);
    expect(records.every((r) => r.cells.length === 42)).toBe(true);
    expect(used(mapping)).toEqual({
      'First Name': 'name',
      'Middle Name': 'name',
      'Last Name': 'name',
      'Organization Name': 'organization',
      'Organization Title': 'title',
      Notes: 'notes',
      Labels: 'tags',
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Address 1 - Formatted': 'address',
      'Address 1 - Country': 'country',
      'Website 1 - Value': 'website',
    });
    expect(mapping).toMatchObject({
      'Phonetic First Name': null,
      'Name Prefix': null,
      'Name Suffix': null,
      Nickname: null,
      'File As': null,
      'Organization Department': null,
      Birthday: null,
      Photo: null,
      'E-mail 1 - Label': null,
      'Phone 1 - Label': null,
      'Address 1 - Label': null,
      'Address 1 - Street': null,
      'Address 1 - City': null,
      'Address 1 - PO Box': null,
      'Address 1 - Region': null,
      'Address 1 - Postal Code': null,
      'Address 1 - Extended Address': null,
      'Relation 1 - Value': null,
      'Event 1 - Value': null,
      'Custom Field 1 - Value': null,
    });
  });

  it('Google Contacts, the older Google CSV: Name beside its parts, Group Membership as tags, Organization 1 - …', () => {
    const { records, mapping } = read('google-csv-legacy-export.csv');
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    expect(used(mapping)).toEqual({
      // The parts run from given to family name: they are kept, the whole would repeat them.
      'Given Name': 'name',
      'Additional Name': 'name',
      'Family Name': 'name',
      Notes: 'notes',
      'Group Membership': 'tags',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Phone 2 - Value': 'phone',
      'Address 1 - Formatted': 'address',
      'Address 1 - Country': 'country',
      'Organization 1 - Name': 'organization',
      'Organization 1 - Title': 'title',
      'Website 1 - Value': 'website',
    });
    expect(mapping).toMatchObject({
      Name: null,
      'Short Name': null,
      'Maiden Name': null,
      'E-mail 1 - Type': null,
      'Organization 1 - Type': null,
      'Organization 1 - Department': null,
      'Organization 1 - Symbol': null,
      'Organization 1 - Location': null,
      'Organization 1 - Job Description': null,
    });
  });

  it("Outlook for Windows: Company, Job Title, E-mail Address, every phone; not Title, Assistant's Name or an ID", () => {
    const { header, records, columns, mapping } = read('outlook-desktop-export.csv');
    expect(header?.line).toBe(1);
    expect(columns).toHaveLength(92);
    // Notes with a line break inside quotes.
    expect(records.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(used(mapping)).toEqual({
      'First Name': 'name',
      'Middle Name': 'name',
      'Last Name': 'name',
      Company: 'organization',
      'Job Title': 'title',
      // Every part of an address is the address: the import joins an address's parts into one.
      'Business Street': 'address',
      'Business Street 2': 'address',
      'Business Street 3': 'address',
      'Business City': 'address',
      'Business State': 'address',
      'Business Postal Code': 'address',
      'Business Address PO Box': 'address',
      'Business Country/Region': 'country',
      'Home Street': 'address',
      'Home Street 2': 'address',
      'Home Street 3': 'address',
      'Home City': 'address',
      'Home State': 'address',
      'Home Postal Code': 'address',
      'Home Address PO Box': 'address',
      'Home Country/Region': 'country',
      'Other Street': 'address',
      'Other Street 2': 'address',
      'Other Street 3': 'address',
      'Other City': 'address',
      'Other State': 'address',
      'Other Postal Code': 'address',
      'Other Address PO Box': 'address',
      'Other Country/Region': 'country',
      'Business Fax': 'phone',
      'Business Phone': 'phone',
      'Business Phone 2': 'phone',
      'Car Phone': 'phone',
      'Company Main Phone': 'phone',
      'Home Fax': 'phone',
      'Home Phone': 'phone',
      'Home Phone 2': 'phone',
      'Mobile Phone': 'phone',
      'Other Fax': 'phone',
      'Other Phone': 'phone',
      'Primary Phone': 'phone',
      'Radio Phone': 'phone',
      'TTY/TDD Phone': 'phone',
      Categories: 'tags',
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      'E-mail 3 Address': 'email',
      Notes: 'notes',
      'Web Page': 'website',
    });
    expect(mapping).toMatchObject({
      Title: null,
      Suffix: null,
      Department: null,
      "Assistant's Phone": null,
      "Assistant's Name": null,
      "Manager's Name": null,
      'E-mail Type': null,
      'E-mail Display Name': null,
      'Organizational ID Number': null,
      'Government ID Number': null,
      Birthday: null,
      Anniversary: null,
      Spouse: null,
    });
  });

  it('Outlook on the web (Outlook.com): the same words in its own order, with a BOM, IMAddress as a messenger', () => {
    const { header, records, mapping } = read('outlook-com-export.csv');
    expect(header?.cells[0]).toBe('First Name');
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    expect(mapping).toMatchObject({
      'First Name': 'name',
      'Middle Name': 'name',
      'Last Name': 'name',
      Title: null,
      Nickname: null,
      'Given Yomi': null,
      'Surname Yomi': null,
      'E-mail Address': 'email',
      'E-mail 2 Address': 'email',
      'Business Phone': 'phone',
      'Mobile Phone': 'phone',
      Pager: null,
      IMAddress: 'messenger',
      'Job Title': 'title',
      Department: null,
      Company: 'organization',
      'Office Location': null,
      "Manager's Name": null,
      "Assistant's Name": null,
      "Assistant's Phone": null,
      'Company Yomi': null,
      'Business Street': 'address',
      'Business City': 'address',
      'Business Postal Code': 'address',
      'Business Country/Region': 'country',
      'Personal Web Page': 'website',
      'Web Page': 'website',
      Birthday: null,
      Notes: 'notes',
    });
    expect(Object.values(mapping).filter((f) => f === 'name')).toHaveLength(3);
  });

  it('LinkedIn Connections: the Notes: paragraph and its blank line are skipped, lines keep their numbers', () => {
    const { header, records, mapping } = read('linkedin-connections-export.csv');
    expect(header).toEqual({
      line: 4,
      cells: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
    });
    expect(records.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    expect(records[3]?.cells[5]).toBe('VP, Partnerships');
    expect(mapping).toEqual({
      'First Name': 'name',
      'Last Name': 'name',
      URL: 'website',
      'Email Address': 'email',
      Company: 'organization',
      Position: 'title',
      'Connected On': null,
    });
  });

  it('Apple Numbers: a plain table, UTF-8 without a BOM; the same with one', () => {
    const text = fixture('apple-numbers-export.csv');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const { header, records, mapping } = read('apple-numbers-export.csv');
    expect(header?.line).toBe(1);
    expect(records.map((r) => [r.line, r.cells.length])).toEqual([
      [2, 6],
      [3, 6],
      [4, 6],
    ]);
    expect(records[0]?.cells[4]).toBe('12 Bạch Đằng, Hải Châu, Đà Nẵng');
    expect(mapping).toEqual({
      Name: 'name',
      Company: 'organization',
      Email: 'email',
      Phone: 'phone',
      Address: 'address',
      Notes: 'notes',
    });
    expect(parseCsv(`\uFEFF${text}`)).toEqual(parseCsv(text));
  });

  it("Excel's sep=; line names the delimiter, is not the header, and counts as line 1", () => {
    const { header, records, mapping } = read('excel-sep-semicolon-ru.csv');
    expect(header).toEqual({
      line: 2,
      cells: ['Компания', 'ФИО', 'Должность', 'Телефон', 'Эл. почта', 'Город', 'Примечание'],
    });
    expect(records.map((r) => r.line)).toEqual([3, 4]);
    expect(records[0]?.cells[6]).toBe('Дилер; работаем с 2021 г.');
    expect(mapping).toEqual({
      Компания: 'organization',
      ФИО: 'name',
      Должность: 'title',
      Телефон: 'phone',
      'Эл. почта': 'email',
      Город: 'address',
      Примечание: 'notes',
    });
  });

  it('HubSpot: ids, owners, stages, dates and the repeated Associated Company map to nothing', () => {
    const { records, mapping } = read('hubspot-contacts-export.csv');
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    expect(used(mapping)).toEqual({
      'First Name': 'name',
      'Last Name': 'name',
      Email: 'email',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'phone',
      'Company Name': 'organization',
      'Job Title': 'title',
      'Street Address': 'address',
      City: 'address',
      'State/Region': 'address',
      'Postal Code': 'address',
      'Country/Region': 'country',
      'Website URL': 'website',
    });
    expect(mapping).toMatchObject({
      'Record ID': null,
      'Contact owner': null,
      'Last Contacted': null,
      'Associated Company': null,
      'Associated Company IDs': null,
      'Marketing contact status': null,
    });
  });

  it('Salesforce report: Account Name is the company, Mailing Street the address, and its footer is no data', () => {
    const { records, mapping } = read('salesforce-report-export.csv');
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    expect(used(mapping)).toEqual({
      'First Name': 'name',
      'Last Name': 'name',
      Title: 'title',
      'Account Name': 'organization',
      'Mailing Street': 'address',
      'Mailing City': 'address',
      'Mailing State/Province': 'address',
      'Mailing Zip/Postal Code': 'address',
      'Mailing Country': 'country',
      Phone: 'phone',
      Mobile: 'phone',
      Fax: 'phone',
      Email: 'email',
      Description: 'notes',
    });
    expect(mapping).toMatchObject({
      'Contact Owner': null,
      Salutation: null,
      'Contact ID': null,
      'Account ID': null,
    });
  });

  it("Salesforce's data export: API names split (MailingStreet), LastName before FirstName so Name is kept", () => {
    const { records, mapping } = read('salesforce-data-export-contact.csv');
    expect(records.map((r) => r.line)).toEqual([2]);
    expect(used(mapping)).toEqual({
      Name: 'name',
      OtherStreet: 'address',
      OtherCity: 'address',
      OtherState: 'address',
      OtherPostalCode: 'address',
      OtherCountry: 'country',
      MailingStreet: 'address',
      MailingCity: 'address',
      MailingState: 'address',
      MailingPostalCode: 'address',
      MailingCountry: 'country',
      Phone: 'phone',
      Fax: 'phone',
      MobilePhone: 'phone',
      HomePhone: 'phone',
      OtherPhone: 'phone',
      Email: 'email',
      Title: 'title',
      Description: 'notes',
    });
    expect(mapping).toMatchObject({
      LastName: null,
      FirstName: null,
      AssistantName: null,
      AssistantPhone: null,
      HasOptedOutOfEmail: null,
      LastModifiedDate: null,
      LastActivityDate: null,
      EmailBouncedReason: null,
      PhotoUrl: null,
    });
  });

  it('Pipedrive: "Person - " columns, first and last name kept over the whole, the deal counters to nothing', () => {
    const { records, mapping } = read('pipedrive-people-export.csv');
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    expect(used(mapping)).toEqual({
      'Person - First name': 'name',
      'Person - Last name': 'name',
      'Person - Label': 'tags',
      'Person - Organization': 'organization',
      'Person - Email - Work': 'email',
      'Person - Email - Home': 'email',
      'Person - Email - Other': 'email',
      'Person - Phone - Work': 'phone',
      'Person - Phone - Home': 'phone',
      'Person - Phone - Mobile': 'phone',
      'Person - Phone - Other': 'phone',
      'Person - Postal address': 'address',
      'Person - Job title': 'title',
    });
    expect(mapping).toMatchObject({
      'Person - ID': null,
      'Person - Name': null,
      'Person - Owner': null,
      'Person - Next activity date': null,
      'Person - Email messages count': null,
    });
  });
});

describe('CSV exports: preambles and footers', () => {
  it('reads sep=, sep=<tab>, sep=\\t, a quoted sep line and one saved again with empty cells', () => {
    // Each file's other punctuation stays inside its cells.
    for (const [text, other] of [
      ['sep=,\r\na;b,c\r\n1;2,3', ';'],
      ['sep=\t\na,b\tc\n1,2\t3', ','],
      ['sep=\\t\na,b\tc\n1,2\t3', ','],
      ['"sep=;"\na,b;c\n1,2;3', ','],
      ['SEP=;;;\ra,b;c\r1,2;3', ','],
    ] as const) {
      expect(parseCsv(text), JSON.stringify(text)).toEqual([
        { line: 2, cells: [`a${other}b`, 'c'] },
        { line: 3, cells: [`1${other}2`, '3'] },
      ]);
    }
  });

  it('reads a sep= line with more on it, or a delimiter given by the caller, as they are', () => {
    expect(parseCsv('sep=;x\na;b')[0]).toEqual({ line: 1, cells: ['sep=', 'x'] });
    expect(parseCsv('sep=;\na,b', ',')).toEqual([{ line: 2, cells: ['a', 'b'] }]);
  });

  it('skips a Notes: paragraph up to its blank line, reading a blank line inside its quotes as the note', () => {
    expect(parseCsv('Notes:\r\n"one\r\n\r\ntwo"\r\n\r\nFirst Name,Last Name\r\nA,B\r\n')).toEqual([
      { line: 6, cells: ['First Name', 'Last Name'] },
      { line: 7, cells: ['A', 'B'] },
    ]);
    // The older Connections.csv without URL, and a BOM before it all.
    expect(parseCsv('\uFEFFNotes:\n"x"\n\nFirst Name,Last Name,Email Address\n')[0]).toEqual({
      line: 4,
      cells: ['First Name', 'Last Name', 'Email Address'],
    });
  });

  it('keeps a first line "Notes:" that no blank line follows as the header', () => {
    expect(parseCsv('Notes:\nfirst\nsecond').map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it("drops only the footer of Salesforce's report: a one-cell tail holding its copyright line", () => {
    const footer =
      '""\n"Contacts"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n"Confidential Information - Do Not Distribute"\n';
    expect(parseCsv(`"Name","Email"\n"A","a@x.com"\n"B",""\n\n${footer}`)).toEqual([
      { line: 1, cells: ['Name', 'Email'] },
      { line: 2, cells: ['A', 'a@x.com'] },
      { line: 3, cells: ['B', ''] },
    ]);
    expect(parseCsv('Name\nContacts\nCopyright (c) 2000-2026 Example Ltd.').map((r) => r.line)).toEqual([1, 2, 3]);
  });
});

describe('CSV exports: header words', () => {
  it('keeps the whole of a name over its parts when the parts are not in given-to-family order', () => {
    expect(suggestMapping(['ФИО', 'Фамилия', 'Имя', 'Отчество'])).toEqual({
      ФИО: 'name',
      Фамилия: null,
      Имя: null,
      Отчество: null,
    });
    expect(suggestMapping(['Họ và tên', 'Họ', 'Tên', 'Email'])).toEqual({
      'Họ và tên': 'name',
      Họ: null,
      Tên: null,
      Email: 'email',
    });
    // Parts without a whole in their language stay names, joined in the file's order.
    expect(suggestMapping(['Họ', 'Tên đệm', 'Tên', 'Name'])).toMatchObject({
      Họ: 'name',
      'Tên đệm': 'name',
      Tên: 'name',
    });
  });

  it('dates, times, ids and statuses are no partner field; messenger ids are', () => {
    expect(
      suggestMapping([
        'Name',
        'Ngày sinh',
        'Дата рождения',
        'Created Time',
        'Tax ID',
        'Skype ID',
        'Zalo ID',
        'Email ID',
      ]),
    ).toEqual({
      Name: 'name',
      'Ngày sinh': null,
      'Дата рождения': null,
      'Created Time': null,
      'Tax ID': null,
      'Skype ID': 'messenger',
      'Zalo ID': 'messenger',
      'Email ID': 'email',
    });
    expect(suggestMapping(['Name', 'WhatsApp', 'WeChat', 'Status', 'Email Opt Out'])).toEqual({
      Name: 'name',
      WhatsApp: 'messenger',
      WeChat: 'messenger',
      Status: null,
      'Email Opt Out': null,
    });
  });
});

describe('CSV exports: countries as exports name them', () => {
  it("reads Outlook's and the ISO list's names, and names only today's regions", () => {
    expect(
      ['United States of America', 'Russian Federation', 'Iran, Islamic Republic of', 'Viet Nam', 'UK', 'Turkey'].map(
        countryFromText,
      ),
    ).toEqual(['US', 'RU', 'IR', 'VN', 'GB', 'TR']);
    // Not the withdrawn codes that sort first: DD (East Germany), VD (North Vietnam), YD (South Yemen).
    expect(['Germany', 'Вьетнам', 'Yemen', 'Serbia', 'Myanmar (Burma)'].map(countryFromText)).toEqual([
      'DE',
      'VN',
      'YE',
      'RS',
      'MM',
    ]);
  });
});

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx?.close());

type Partner = {
  type: string;
  name: string;
  country: string | null;
  contacts: { channel: string; label: string; value: string }[];
  tags: { name: string }[];
  affiliations: { partnerName: string; title: string }[];
  profile: { notes?: string };
};

/** Uploads an export as the file picker sends it, starts it with the suggested mapping, and reads the result. */
async function importExport(client: Client, base: string, file: string) {
  const uploaded = await upload(client, base, fixture(file), 'text/csv', file);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const { id, rowCount } = uploaded.json() as { id: string; rowCount: number };
  const started = await client.post(`${base}/imports/${id}/start`, {});
  expect(started.statusCode, started.body).toBe(202);
  const job = await finished(client, base, id);
  const list = (await client.get(`${base}/partners?limit=200`)).json().items as { id: string; name: string }[];
  const byName = async (name: string): Promise<Partner> => {
    const found = list.find((p) => p.name === name);
    expect(found, `${name} among ${list.map((p) => p.name).join(', ')}`).toBeDefined();
    return (await client.get(`${base}/partners/${found?.id}`)).json() as Partner;
  };
  const failures = job.errors.filter((e) => e.rule !== 'possible_duplicate');
  return { job, rowCount, failures, byName };
}

const values = (p: Partner, channel: string) => p.contacts.filter((c) => c.channel === channel).map((c) => c.value);

describe('CSV exports imported through the API with the suggested mapping', () => {
  it('Google Contacts: 4 people, " ::: " values, labels beside values, Labels as tags without * myContacts', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, rowCount, failures, byName } = await importExport(client, base, 'google-csv-export.csv');
    expect(rowCount).toBe(4);
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 4, failed: 0 });
    const mai = await byName('Trần Thị Mai');
    expect(mai).toMatchObject({ type: 'person', country: 'VN' });
    expect(mai.contacts.filter((c) => c.channel === 'email').map((c) => [c.value, c.label])).toEqual([
      ['mai.tran@hoasen.vn', 'Work'],
      ['sales@hoasen.vn', 'Work'],
      ['tranmai88@gmail.com', 'Home'],
    ]);
    expect(values(mai, 'address')).toEqual(['35 Nguyễn Huệ\nPhường Bến Nghé, Quận 1\nTP. Hồ Chí Minh 700000\nVietnam']);
    expect(mai.affiliations).toMatchObject([
      { partnerName: 'Công ty Cổ phần Phần mềm Hoa Sen', title: 'Trưởng phòng kinh doanh' },
    ]);
    expect(mai.tags.map((t) => t.name).sort()).toEqual(['Khách hàng', 'Nhà cung cấp']);
    const sarah = await byName("Sarah O'Connor");
    expect(sarah.type).toBe('person');
    expect(values(sarah, 'email')).toEqual([
      'sarah@oconnor-consulting.co.uk',
      's.oconnor@oconnor-consulting.co.uk',
      'sarah.oc@gmail.com',
    ]);
    expect(sarah.tags.map((t) => t.name)).toEqual(['Consultants']);
    expect((await byName('Дмитрий Иванович Соколов')).country).toBe('RU');
    expect((await byName('مریم احمدی')).tags).toEqual([]);
  });

  it('Google Contacts, the older export: 2 people, Group Membership as tags', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, failures, byName } = await importExport(client, base, 'google-csv-legacy-export.csv');
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 2, failed: 0 });
    const huy = await byName('Phạm Quốc Huy');
    expect(huy.type).toBe('person');
    expect(huy.tags.map((t) => t.name)).toEqual(['Đối tác']);
    expect(huy.affiliations).toMatchObject([{ partnerName: 'Công ty TNHH An Phát', title: 'Phó giám đốc' }]);
    expect((await byName('Elena Volkova')).type).toBe('person');
  });

  it("Outlook for Windows: 3 people, each at their company with the job title, Outlook's United States of America", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, failures, byName } = await importExport(client, base, 'outlook-desktop-export.csv');
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 3, failed: 0 });
    const reza = await byName('Reza Karimi');
    expect(reza).toMatchObject({ type: 'person', country: 'IR' });
    expect(reza.affiliations).toMatchObject([{ partnerName: 'Pars Audit Co.', title: 'Senior Auditor' }]);
    expect(values(reza, 'email')).toEqual(['reza.karimi@parsaudit.ir']);
    expect(values(reza, 'phone')).toEqual(['+982188776655', '+989121112233']);
    expect(reza.tags.map((t) => t.name).sort()).toEqual(['Auditors', 'Key accounts']);
    const emily = await byName('Emily J. Watson');
    expect(emily.country).toBe('US');
    // The parts of her business address make one address, ended by its country.
    expect(values(emily, 'address')).toEqual([
      'One Microsoft Way, Building 92, Redmond, WA, 98052, United States of America',
    ]);
    expect(emily.contacts.find((c) => c.channel === 'address')?.label).toBe('Work');
    expect((await byName('Сергей Петрович Волков')).affiliations).toMatchObject([
      { partnerName: 'АО «Северсталь-Инфо»', title: 'Руководитель отдела закупок' },
    ]);
  });

  it('Outlook on the web: 2 people', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, failures, byName } = await importExport(client, base, 'outlook-com-export.csv');
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 2, failed: 0 });
    const hoang = await byName('Lê Hoàng');
    expect(hoang).toMatchObject({ type: 'person', country: 'VN' });
    expect(values(hoang, 'email')).toEqual(['hoang.le@vietaudit.vn']);
    expect(hoang.affiliations).toMatchObject([
      { partnerName: 'Công ty TNHH Kiểm toán Việt', title: 'Kiểm toán viên chính' },
    ]);
  });

  it('LinkedIn Connections: 4 people, one without company or email', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, rowCount, failures, byName } = await importExport(client, base, 'linkedin-connections-export.csv');
    expect(rowCount).toBe(4);
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 4, failed: 0 });
    const anna = await byName('Анна Смирнова');
    expect(values(anna, 'email')).toEqual(['anna.smirnova@yandex.ru']);
    expect(anna.affiliations).toMatchObject([
      { partnerName: 'Лаборатория Касперского', title: 'Менеджер по работе с партнёрами' },
    ]);
    expect((await byName('علی محمدی')).type).toBe('person');
  });

  it('Apple Numbers: 3 partners', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, failures, byName } = await importExport(client, base, 'apple-numbers-export.csv');
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 3, failed: 0 });
    const tam = await byName('Võ Thanh Tâm');
    expect(tam.type).toBe('person');
    expect(values(tam, 'email')).toEqual(['tam.vo@tamviet.edu.vn']);
    expect(tam.affiliations).toMatchObject([{ partnerName: 'Công ty TNHH Đào tạo Tâm Việt' }]);
  });

  it("Excel's sep=; file: 2 people at their companies, row errors on the file's own lines", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, failures, byName } = await importExport(client, base, 'excel-sep-semicolon-ru.csv');
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 2, failed: 0 });
    const ivanov = await byName('Иванов Пётр Сергеевич');
    expect(ivanov.type).toBe('person');
    expect(values(ivanov, 'email')).toEqual(['p.ivanov@alfa-group.ru']);
    expect(ivanov.affiliations).toMatchObject([{ partnerName: 'ООО «Альфа-Групп»', title: 'Коммерческий директор' }]);
    const broken = fixture('excel-sep-semicolon-ru.csv').replace('guseva@example.ru', 'guseva@');
    const uploaded = await upload(client, base, broken, 'text/csv', 'broken.csv');
    await client.post(`${base}/imports/${uploaded.json().id}/start`, {});
    const failed = await finished(client, base, uploaded.json().id as string);
    expect(failed.errors.filter((e) => e.rule !== 'possible_duplicate').map((e) => [e.line, e.field])).toEqual([
      [4, 'email'],
    ]);
  });

  it('HubSpot: 2 people, one affiliation each', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, failures, byName } = await importExport(client, base, 'hubspot-contacts-export.csv');
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 2, failed: 0 });
    const emma = await byName('Emma Brown');
    expect(emma).toMatchObject({ type: 'person', country: 'GB' });
    expect(values(emma, 'email')).toEqual(['emma.brown@brownco.example.com']);
    expect(emma.affiliations).toMatchObject([{ partnerName: 'Brown & Co', title: 'IT Consultant' }]);
  });

  it("Salesforce report: 2 people, the report's footer not a failed row", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, rowCount, failures, byName } = await importExport(client, base, 'salesforce-report-export.csv');
    expect(rowCount).toBe(2);
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 2, failed: 0 });
    const arash = await byName('Arash Tehrani');
    expect(arash).toMatchObject({ type: 'person', country: 'IR' });
    expect(arash.affiliations).toMatchObject([{ partnerName: 'Tehran Distribution Co.', title: 'Procurement Lead' }]);
  });

  it("Salesforce's data export: the whole name, in its order", async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, failures, byName } = await importExport(client, base, 'salesforce-data-export-contact.csv');
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 1, failed: 0 });
    const arash = await byName('Arash Tehrani');
    expect(values(arash, 'email')).toEqual(['a.tehrani@tdc.example.ir']);
    expect(values(arash, 'address')).toEqual(['No. 5, Motahari Ave., Tehran, Iran']);
  });

  it('Pipedrive: 2 people, one without an organisation', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const { job, failures, byName } = await importExport(client, base, 'pipedrive-people-export.csv');
    expect(failures).toEqual([]);
    expect(job).toMatchObject({ status: 'done', imported: 2, failed: 0 });
    const nam = await byName('Trương Văn Nam');
    expect(nam.affiliations).toMatchObject([
      { partnerName: 'Công ty CP Thiết bị Nam Á', title: 'Trưởng phòng mua hàng' },
    ]);
    expect(nam.tags.map((t) => t.name)).toEqual(['Customer']);
    const olga = await byName('Olga Belova');
    expect(olga.type).toBe('person');
    expect(values(olga, 'email')).toEqual(['olga.belova@example.com', 'olga.b@yandex.ru']);
  });
});
