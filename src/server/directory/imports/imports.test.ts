import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { buildApp } from '../../app/app.js';
import { finished, importFile, upload } from '../../test/imports.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

async function partners(client: Client, base: string, query = '') {
  const items: { id: string; name: string; type: string; email: string | null; phone: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const page = (
      await client.get(`${base}/partners?limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`)
    ).json() as { items: typeof items; nextCursor: string | null };
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('imports: upload and mapping', () => {
  it('reads a semicolon CSV with a BOM, previews it and suggests a mapping from Vietnamese, Russian and Persian headers', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const csv =
      '\uFEFFTên;E-mail;Điện thoại;Công ty;Chức vụ;Телефон;ایمیل;Ghi chú\r\nNguyễn Văn An;an@x.vn;0912345678;Công ty A;Giám đốc;;;"a; b"\r\n';
    const response = await upload(client, base, csv);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      format: 'csv',
      rowCount: 1,
      columns: ['Tên', 'E-mail', 'Điện thoại', 'Công ty', 'Chức vụ', 'Телефон', 'ایمیل', 'Ghi chú'],
    });
    expect(body.preview).toEqual([['Nguyễn Văn An', 'an@x.vn', '0912345678', 'Công ty A', 'Giám đốc', '', '', 'a; b']]);
    expect(body.suggestedMapping).toEqual({
      Tên: 'name',
      'E-mail': 'email',
      'Điện thoại': 'phone',
      'Công ty': 'organization',
      'Chức vụ': 'title',
      Телефон: 'phone',
      ایمیل: 'email',
      'Ghi chú': 'notes',
    });
    expect(response.headers.location).toBe(`${base}/imports/${body.id}`);
  });

  it('suggests name, email, phone and organisation for English, Russian and Persian headers; octet-stream by file name', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const csv = 'Имя,Почта,Компания,نام,تلفن,شرکت,Name,Phone,Company\nx,,,,,,,,\n';
    const response = await upload(client, base, Buffer.from(csv), 'application/octet-stream', 'list.csv');
    expect(response.statusCode).toBe(201);
    expect(response.json().suggestedMapping).toEqual({
      Имя: 'name',
      Почта: 'email',
      Компания: 'organization',
      نام: 'name',
      تلفن: 'phone',
      شرکت: 'organization',
      Name: 'name',
      Phone: 'phone',
      Company: 'organization',
    });
  });

  it('reads a file that is not UTF-8 in a likely code page; refuses an empty one, and a mapping naming unknown columns or no name', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const latin1 = await upload(client, base, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]));
    expect(latin1.statusCode).toBe(201);
    expect(latin1.json()).toMatchObject({ encoding: 'windows-1252', preview: [['é']] });
    const brokenUtf16 = await upload(client, base, Buffer.from([0xff, 0xfe, 0x6e, 0x00, 0x00, 0xd8, 0x0a, 0x00]));
    expect(brokenUtf16.statusCode).toBe(400);
    expect(brokenUtf16.json().errors[0]).toMatchObject({ path: 'file', rule: 'invalid_encoding' });
    expect((await upload(client, base, 'name,email\n')).statusCode).toBe(400);
    const withCharset = await upload(client, base, 'name,email\nA,a@x.com\n', 'text/csv; charset=utf-8');
    expect(withCharset.statusCode).toBe(201);
    const id = withCharset.json().id;
    const unknown = await client.post(`${base}/imports/${id}/start`, { mapping: { nope: 'name' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: 'mapping.nope', rule: 'unknown_field' });
    const noName = await client.post(`${base}/imports/${id}/start`, { mapping: { name: null, email: 'email' } });
    expect(noName.json().errors[0]).toMatchObject({ path: 'mapping', rule: 'required' });
  });
});

describe('imports: encodings and hostile bytes', () => {
  it('reads UTF-16 with a BOM, little- and big-endian, as Excel’s Unicode Text saves it', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const text = 'Name\tE-mail\nCông ty Sao Việt\tlan@saoviet.vn\nООО «Север»\tinfo@sever.ru\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const file of [le, be]) {
      const response = await upload(client, base, file, 'application/octet-stream', 'contacts.txt');
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().columns).toEqual(['Name', 'E-mail']);
      expect(response.json().rowCount).toBe(2);
    }
  });

  it('refuses a NUL byte in a cell with a 400 naming its line, and keeps nothing', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const file = Buffer.from('name,email\nСевер,info@sever.ru\nSao\u0000Việt,lan@saoviet.vn\n');
    const response = await upload(client, base, file);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'file', rule: 'invalid_characters', params: { line: 3 } }),
    ]);
    expect((await client.get(`${base}/imports`)).json().items).toEqual([]);
  });
});

describe('imports: rows', () => {
  it('reports each bad row with its line, field and rule while the good rows import', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const csv = [
      'name,email,phone,website,kinds,type,country,notes',
      'Good One,one@example.com,+84 912 345 678,example.vn,"supplier, khách hàng",organization,VN,', // 2
      ',nobody@example.com,,,,,,', // 3: missing name
      'Bad Email,not-an-email,,,,,,', // 4
      'Bad Phone,,+7 12,,,,,', // 5
      'Bad Url,,,ftp://files.example.com,,,,', // 6
      `Too Long,,,,,,,${'x'.repeat(20001)}`, // 7
      'Unknown Kind,,,,spaceship,,,', // 8
      'Unknown Type,,,,,robot,,', // 9
      'Good Two,two@example.com,,,поставщик,person,Россия,', // 10
    ].join('\n');
    const job = await importFile(client, base, csv);
    expect(job).toMatchObject({ status: 'done', rowCount: 9, processed: 9, imported: 2, failed: 7 });
    expect(job.errors.map((e) => [e.line, e.field, e.rule])).toEqual([
      [3, 'name', 'required'],
      [4, 'email', 'invalid_email'],
      [5, 'phone', 'invalid_phone'],
      [6, 'website', 'invalid_url'],
      [7, 'notes', 'too_long'],
      [8, 'kinds', 'invalid_value'],
      [9, 'type', 'invalid_value'],
    ]);
    // The bound travels with the rule, so the app can say "at most 20,000 characters".
    expect(job.errors.find((e) => e.rule === 'too_long')).toMatchObject({ params: { maximum: 20000 } });
    const list = await partners(client, base);
    expect(list.map((p) => p.name).sort()).toEqual(['Good One', 'Good Two']);
    const one = list.find((p) => p.name === 'Good One');
    const detail = (await client.get(`${base}/partners/${one?.id}`)).json();
    expect(detail).toMatchObject({ type: 'organization', kinds: ['supplier', 'customer'], country: 'VN' });
    expect(detail.contacts.map((c: { value: string }) => c.value)).toEqual([
      'one@example.com',
      '+84912345678',
      'https://example.vn/',
    ]);
    const two = (await client.get(`${base}/partners/${list.find((p) => p.name === 'Good Two')?.id}`)).json();
    expect(two).toMatchObject({ type: 'person', kinds: ['supplier'], country: 'RU' });
  });

  it('keeps quoted commas, quotes and line breaks, counts lines from the header, and keeps names byte-exact', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const names = [
      'Nguyễn Văn An',
      'Đặng Thị Hồng',
      'Иванов Иван Иванович',
      'Фёдор Ёлкин',
      'سارا احمدی',
      'شرکت نوآوران پارس',
    ];
    const csv = [
      'name,notes,email',
      `"${names[0]}","first, with comma",an@example.vn`,
      `"${names[1]}","two\nlines ""quoted""",`,
      `${names[2]},,bad@`,
      `${names[3]},,`,
      `${names[4]},,`,
      `${names[5]},,`,
    ].join('\r\n');
    const job = await importFile(client, base, csv);
    expect(job).toMatchObject({ status: 'done', imported: 5, failed: 1 });
    // The Russian row starts on line 5: the quoted line break of line 3 counts.
    // The error names the column and quotes the value.
    expect(job.errors).toEqual([
      { line: 5, field: 'email', column: 'email', value: 'bad@', rule: 'invalid_email', message: expect.any(String) },
    ]);
    const list = await partners(client, base);
    expect(new Set(list.map((p) => p.name))).toEqual(new Set([names[0], names[1], names[3], names[4], names[5]]));
    for (const p of list)
      expect(Buffer.from(p.name).equals(Buffer.from(names.find((n) => n === p.name) ?? ''))).toBe(true);
    const hong = (await client.get(`${base}/partners/${list.find((p) => p.name === names[1])?.id}`)).json();
    expect(hong.profile.notes).toBe('two\nlines "quoted"');
    const an = (await client.get(`${base}/partners/${list.find((p) => p.name === names[0])?.id}`)).json();
    expect(an.profile.notes).toBe('first, with comma');
  });

  it('follows the mapping: several email columns, ignored columns, first and last name joined', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const csv = 'First,Last,Work email,Home email,Secret\nAnna,Petrova,anna@work.ru,anna@home.ru,do not import\n';
    const job = await importFile(client, base, csv, 'text/csv', {
      First: 'name',
      Last: 'name',
      'Work email': 'email',
      'Home email': 'email',
      Secret: null,
    });
    expect(job).toMatchObject({ status: 'done', imported: 1, failed: 0 });
    const [anna] = await partners(client, base);
    const detail = (await client.get(`${base}/partners/${anna?.id}`)).json();
    expect(detail.name).toBe('Anna Petrova');
    expect(detail.contacts.map((c: { value: string }) => c.value)).toEqual(['anna@work.ru', 'anna@home.ru']);
    expect(JSON.stringify(detail)).not.toContain('do not import');
  });

  it('links people to their organisation: an existing one, one from the same file, or a new one; tags are created once', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const existing = (await client.post(`${base}/partners`, { type: 'organization', name: 'ООО Ромашка' })).json();
    const csv = [
      'name,organization,title,tags',
      'Иван Петров,ооо ромашка,Директор,"VIP; Москва"',
      'Công ty Xanh,,,VIP',
      'Trần Thị Mai,Công ty Xanh,Trưởng phòng,',
      'Sara Ahmadi,New Org Ltd,CEO,vip',
    ].join('\n');
    const job = await importFile(client, base, csv);
    expect(job).toMatchObject({ status: 'done', imported: 4, failed: 0 });
    const list = await partners(client, base);
    expect(list.map((p) => `${p.type}:${p.name}`).sort()).toEqual(
      [
        'organization:Công ty Xanh',
        'organization:New Org Ltd',
        'organization:ООО Ромашка',
        'person:Sara Ahmadi',
        'person:Trần Thị Mai',
        'person:Иван Петров',
      ].sort(),
    );
    const ivan = (await client.get(`${base}/partners/${list.find((p) => p.name === 'Иван Петров')?.id}`)).json();
    expect(ivan.affiliations).toEqual([
      { partnerId: existing.id, partnerName: 'ООО Ромашка', partnerType: 'organization', title: 'Директор' },
    ]);
    expect(ivan.tags.map((t: { name: string }) => t.name).sort()).toEqual(['Москва', 'VIP'].sort());
    const mai = (await client.get(`${base}/partners/${list.find((p) => p.name === 'Trần Thị Mai')?.id}`)).json();
    expect(mai.affiliations[0]).toMatchObject({ partnerName: 'Công ty Xanh', title: 'Trưởng phòng' });
    const tags = (await client.get(`${base}/tags`)).json().items;
    expect(tags.map((t: { name: string }) => t.name).sort()).toEqual(['Москва', 'VIP'].sort());
  });

  it('imports look-alikes of existing partners but lists them as possible duplicates', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    await client.post(`${base}/partners`, {
      type: 'organization',
      name: 'Acme',
      contacts: [{ channel: 'email', value: 'hello@acme.com' }],
    });
    const job = await importFile(client, base, 'name,email\nACME,\nOther,Hello@Acme.com\nFresh,fresh@x.com\nFresh,\n');
    expect(job).toMatchObject({ status: 'done', imported: 4, failed: 0 });
    expect(job.errors.map((e) => [e.line, e.field, e.rule])).toEqual([
      [2, 'name', 'possible_duplicate'],
      [3, 'email', 'possible_duplicate'],
      [5, 'name', 'possible_duplicate'],
    ]);
  });

  it('counts progress and audits one import.run with the counts', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const rows = Array.from({ length: 2500 }, (_, i) => `Partner ${i},p${i}@example.com`);
    const job = await importFile(client, base, ['name,email', ...rows, 'Broken,@'].join('\n'));
    expect(job).toMatchObject({ status: 'done', rowCount: 2501, processed: 2501, imported: 2500, failed: 1 });
    expect(job.errors).toEqual([
      { line: 2502, field: 'email', column: 'email', value: '@', rule: 'invalid_email', message: expect.any(String) },
    ]);
    const audit = (await client.get(`${base}/audit-log`))
      .json()
      .items.filter((a: { action: string }) => a.action === 'import.run');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entityId: job.id,
      changes: { imported: { after: 2500 }, failed: { after: 1 }, status: { after: 'done' } },
    });
    const list = (await client.get(`${base}/imports`)).json();
    expect(list.items[0]).toMatchObject({ id: job.id, status: 'done', imported: 2500 });
  });
});

describe('imports: vCard', () => {
  it('imports vCard 3 and 4: folded lines, escaped commas, several emails, company cards', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Nguyễn Văn',
      '  An',
      'N:Nguyễn;Văn An;;;',
      'ORG:Acme\\, Inc.;Sales',
      'TITLE:Giám đốc',
      'EMAIL;TYPE=INTERNET,WORK:an@acme.vn',
      'EMAIL;TYPE=HOME:an@home.vn',
      'TEL;TYPE=CELL:+84 912 345 678',
      'CATEGORIES:VIP,Hà Nội',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:org',
      'FN:ООО Ромашка',
      'URL:https://romashka.ru',
      'X-RAPPORT-KIND:supplier,manufacturer',
      'NOTE:Поставщик\\, надёжный\\nвторая строка',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Bad Mail',
      'EMAIL:nope@',
      'END:VCARD',
      '',
    ].join('\r\n');
    const uploaded = await upload(client, base, vcf, 'text/x-vcard', 'contacts.vcf');
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ format: 'vcard', rowCount: 3 });
    expect(uploaded.json().suggestedMapping).toMatchObject({
      FN: 'name',
      EMAIL: 'email',
      TEL: 'phone',
      ORG: 'organization',
    });
    await client.post(`${base}/imports/${uploaded.json().id}/start`, {});
    const job = await finished(client, base, uploaded.json().id);
    // The card with a bad email keeps its partner; only the email is left out, quoted in a warning.
    expect(job).toMatchObject({ status: 'done', imported: 3, failed: 0 });
    expect(
      job.errors.filter((e) => e.rule !== 'possible_duplicate').map((e) => [e.line, e.field, e.rule, e.value]),
    ).toEqual([[21, 'email', 'value_dropped', 'nope@']]);
    const list = await partners(client, base);
    const an = (await client.get(`${base}/partners/${list.find((p) => p.name === 'Nguyễn Văn An')?.id}`)).json();
    // The department (ORG's second part) stays beside the title.
    expect(an).toMatchObject({
      type: 'person',
      affiliations: [{ partnerName: 'Acme, Inc.', title: 'Giám đốc, Sales' }],
    });
    expect(an.contacts.map((c: { value: string; label: string }) => [c.value, c.label])).toEqual([
      ['an@acme.vn', 'Work'],
      ['an@home.vn', 'Home'],
      ['+84912345678', 'Mobile'],
    ]);
    const bad = list.find((p) => p.name === 'Bad Mail');
    expect((await client.get(`${base}/partners/${bad?.id}`)).json()).toMatchObject({ type: 'person', contacts: [] });
    expect(an.tags.map((t: { name: string }) => t.name).sort()).toEqual(['Hà Nội', 'VIP'].sort());
    const romashka = (await client.get(`${base}/partners/${list.find((p) => p.name === 'ООО Ромашка')?.id}`)).json();
    expect(romashka).toMatchObject({
      type: 'organization',
      kinds: ['supplier', 'manufacturer'],
      profile: { notes: 'Поставщик, надёжный\nвторая строка' },
    });
  });
});

describe('imports: undo and access', () => {
  it('undo moves the partners of the import to the trash; a second undo is 409', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const kept = (await client.post(`${base}/partners`, { type: 'organization', name: 'Kept Ltd' })).json();
    const job = await importFile(client, base, 'name,organization\nPerson A,New Org\nOrg B,\n');
    expect((await partners(client, base)).length).toBe(4);
    const undone = await client.post(`${base}/imports/${job.id}/undo`);
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toMatchObject({ id: job.id, status: 'undone' });
    expect((await partners(client, base)).map((p) => p.id)).toEqual([kept.id]);
    expect((await partners(client, base, '&deleted=true')).map((p) => p.name).sort()).toEqual([
      'New Org',
      'Org B',
      'Person A',
    ]);
    const again = await client.post(`${base}/imports/${job.id}/undo`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'import.undo',
      entityId: job.id,
      changes: { partnersRemoved: { after: 3 } },
    });
  });

  it('a viewer can read imports but cannot upload, start or undo (403)', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await upload(viewer.client, base, 'name\nA\n')).statusCode).toBe(403);
    const id = (await upload(client, base, 'name\nA\n')).json().id;
    expect((await viewer.client.post(`${base}/imports/${id}/start`, {})).statusCode).toBe(403);
    expect((await viewer.client.get(`${base}/imports/${id}`)).statusCode).toBe(200);
    await client.post(`${base}/imports/${id}/start`, {});
    await finished(client, base, id);
    expect((await viewer.client.post(`${base}/imports/${id}/undo`)).statusCode).toBe(403);
  });

  it('another workspace cannot read, start or undo an import (404)', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx);
    const id = (await upload(client, base, 'name\nA\n')).json().id;
    expect((await other.client.get(`${other.base}/imports/${id}`)).statusCode).toBe(404);
    expect((await other.client.post(`${other.base}/imports/${id}/start`, {})).statusCode).toBe(404);
    expect((await other.client.get(`${base}/imports/${id}`)).statusCode).toBe(404);
    expect((await other.client.post(`${base}/imports/${id}/start`, {})).statusCode).toBe(404);
    await client.post(`${base}/imports/${id}/start`, {});
    await finished(client, base, id);
    expect((await other.client.post(`${other.base}/imports/${id}/undo`)).statusCode).toBe(404);
    expect((await other.client.get(`${other.base}/imports`)).json().items).toEqual([]);
    expect((await client.post(`${base}/imports/${id}/start`, {})).statusCode).toBe(409);
  });
});

describe('imports: a process that stops mid-import', () => {
  it('an import left running is resumed from its last committed batch when the app starts', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const id = (
      await upload(client, base, 'name,email\nLeft Over,left@example.com\nSecond,second@example.com\n')
    ).json().id as string;
    // What a crash leaves behind: started (mapping stored) but never finished by anyone.
    await ctx.db
      .updateTable('importJob')
      .set({ status: 'running', mapping: JSON.stringify({ name: 'name', email: 'email' }) })
      .where('workspaceId', '=', workspace.id)
      .where('id', '=', id)
      .execute();
    const restarted = await buildApp({ db: ctx.db, config: ctx.config }, { logger: false });
    await restarted.ready();
    try {
      const job = await finished(client, base, id);
      expect(job).toMatchObject({ status: 'done', processed: 2, imported: 2, failed: 0 });
    } finally {
      await restarted.close();
    }
  });
});
