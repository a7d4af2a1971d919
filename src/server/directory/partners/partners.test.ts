import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const acme = {
  type: 'organization',
  name: 'Công ty TNHH Đối Tác Xanh',
  kinds: ['supplier', 'manufacturer'],
  country: 'vn',
  profile: { business: 'Sản xuất bao bì giấy', howWeMet: 'Hội chợ Hà Nội 2025' },
  purchaseDeciders: [{ personName: 'Trần Thị Mai', product: 'Bao bì' }],
  contacts: [
    { channel: 'email', label: 'sales', value: 'sales@doitacxanh.vn' },
    { channel: 'phone', label: 'office', value: '028 3822 1234' },
    { channel: 'website', label: '', value: 'www.doitacxanh.vn' },
  ],
};

describe('partners: create, read, edit', () => {
  it('creates an organisation with normalised contacts, owned by its creator, and audits it', async () => {
    const { client, base, owner } = await workspaceWithOwner(ctx);
    const created = await client.post(`${base}/partners`, acme);
    expect(created.statusCode).toBe(201);
    const partner = created.json();
    expect(created.headers.location).toBe(`${base}/partners/${partner.id}`);
    expect(partner).toMatchObject({
      type: 'organization',
      name: acme.name,
      country: 'VN',
      kinds: ['supplier', 'manufacturer'],
      owner: { id: owner.id },
      version: 1,
    });
    expect(partner.contacts.map((c: { value: string }) => c.value)).toEqual([
      'sales@doitacxanh.vn',
      '+842838221234',
      'https://www.doitacxanh.vn/',
    ]);
    expect(partner.profile).toMatchObject({ business: 'Sản xuất bao bì giấy', notes: '' });
    const audit = (await client.get(`${base}/audit-log`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'partner.create',
      entityId: partner.id,
      changes: { name: { before: null, after: acme.name } },
    });
  });

  it('names every bad field: bad email, bad phone, non-http URL, missing name, too long text', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const response = await client.post(`${base}/partners`, {
      type: 'person',
      name: '  ',
      country: 'RU',
      profile: { notes: 'x'.repeat(20001) },
      contacts: [
        { channel: 'email', value: 'ivanov@' },
        { channel: 'phone', value: '+7 12' },
        { channel: 'website', value: 'ftp://files.example.ru' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string; rule: string }) => `${e.path}:${e.rule}`);
    expect(paths).toEqual(expect.arrayContaining(['name:required', 'profile.notes:too_long']));
    // Contact values are checked once the shape is valid.
    const contacts = await client.post(`${base}/partners`, {
      type: 'person',
      name: 'Иван Иванов',
      country: 'RU',
      contacts: [
        { channel: 'email', value: 'ivanov@' },
        { channel: 'phone', value: '+7 12' },
        { channel: 'website', value: 'ftp://files.example.ru' },
      ],
    });
    expect(contacts.statusCode).toBe(400);
    expect(contacts.json().errors.map((e: { path: string; rule: string }) => `${e.path}:${e.rule}`)).toEqual([
      'contacts.0.value:invalid_email',
      'contacts.1.value:invalid_phone',
      'contacts.2.value:invalid_url',
    ]);
  });

  it('refuses an owner, tag or affiliation from outside the workspace', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx);
    const foreignTag = (await other.client.post(`${other.base}/tags`, { name: 'Foreign', color: '#ff0000' })).json();
    const foreignOrg = (
      await other.client.post(`${other.base}/partners`, { type: 'organization', name: 'Elsewhere Ltd' })
    ).json();
    const response = await client.post(`${base}/partners`, {
      type: 'person',
      name: 'Nobody',
      ownerId: other.owner.id,
      tagIds: [foreignTag.id],
      affiliations: [{ partnerId: foreignOrg.id, title: 'CEO' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'ownerId',
      'tagIds.0',
      'affiliations.0.partnerId',
    ]);
  });

  it('links people to organisations with a title, seen from both sides', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const org = (await client.post(`${base}/partners`, { type: 'organization', name: 'شرکت نوآوران پارس' })).json();
    const person = (
      await client.post(`${base}/partners`, {
        type: 'person',
        name: 'سارا احمدی',
        affiliations: [{ partnerId: org.id, title: 'مدیر خرید' }],
      })
    ).json();
    expect(person.affiliations).toEqual([
      { partnerId: org.id, partnerName: 'شرکت نوآوران پارس', partnerType: 'organization', title: 'مدیر خرید' },
    ]);
    const orgView = (await client.get(`${base}/partners/${org.id}`)).json();
    expect(orgView.affiliations).toEqual([
      { partnerId: person.id, partnerName: 'سارا احمدی', partnerType: 'person', title: 'مدیر خرید' },
    ]);
  });

  it('edits with the version; a stale edit gets 412 with the current partner and changes nothing', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = (
      await client.post(`${base}/partners`, { type: 'organization', name: 'Old Name Ltd', kinds: ['customer'] })
    ).json();
    const edited = await client.patch(`${base}/partners/${partner.id}`, { name: 'New Name Ltd', version: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'New Name Ltd', kinds: ['customer'], version: 2 });
    expect(edited.headers.etag).toBe('2');
    const stale = await client.patch(`${base}/partners/${partner.id}`, { name: 'Lost Update', version: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'stale_version', current: { name: 'New Name Ltd', version: 2 } });
    const viaHeader = await client.patch(
      `${base}/partners/${partner.id}`,
      { kinds: ['auditor'] },
      { 'if-match': '"2"' },
    );
    expect(viaHeader.json()).toMatchObject({ kinds: ['auditor'], version: 3 });
    expect(
      (await client.patch(`${base}/partners/${partner.id}`, { name: 'No version' })).json().errors[0],
    ).toMatchObject({ path: 'version', rule: 'required' });
    const audit = (await client.get(`${base}/audit-log`)).json().items;
    expect(audit.filter((e: { action: string }) => e.action === 'partner.update')).toHaveLength(2);
  });

  it('adds and removes one contact through the contacts sub-resource, with the version rule', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = (
      await client.post(`${base}/partners`, { type: 'person', name: 'Пётр Смирнов', country: 'RU' })
    ).json();
    const added = await client.post(`${base}/partners/${partner.id}/contacts`, {
      channel: 'phone',
      label: 'mobile',
      value: '8 (916) 123-45-67',
      version: 1,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().contacts).toEqual([expect.objectContaining({ channel: 'phone', value: '+79161234567' })]);
    const bad = await client.post(`${base}/partners/${partner.id}/contacts`, {
      channel: 'email',
      value: 'nope',
      version: 2,
    });
    expect(bad.json().errors[0]).toMatchObject({ path: 'value', rule: 'invalid_email' });
    const list = (await client.get(`${base}/partners/${partner.id}/contacts`)).json().items;
    expect(
      (await client.delete(`${base}/partners/${partner.id}/contacts/${list[0].id}`, { 'if-match': '1' })).statusCode,
    ).toBe(412);
    expect(
      (await client.delete(`${base}/partners/${partner.id}/contacts/${list[0].id}`, { 'if-match': '2' })).statusCode,
    ).toBe(204);
    expect((await client.get(`${base}/partners/${partner.id}/contacts`)).json().items).toEqual([]);
  });

  it('soft-deletes to the trash and restores', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const partner = (await client.post(`${base}/partners`, { type: 'person', name: 'Lê Văn Tám' })).json();
    expect((await client.delete(`${base}/partners/${partner.id}`)).statusCode).toBe(400);
    expect((await client.delete(`${base}/partners/${partner.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    expect((await client.get(`${base}/partners`)).json().items).toHaveLength(0);
    const trash = (await client.get(`${base}/partners?deleted=true`)).json().items;
    expect(trash.map((p: { id: string }) => p.id)).toEqual([partner.id]);
    expect(trash[0].deletedAt).not.toBeNull();
    const restored = await client.post(`${base}/partners/${partner.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json().deletedAt).toBeNull();
    expect((await client.get(`${base}/partners`)).json().items).toHaveLength(1);
  });

  it('lets a viewer read partners but not create, edit or delete them', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const partner = (await client.post(`${base}/partners`, { type: 'person', name: 'Read Only' })).json();
    const { client: viewer } = await memberWithRole(ctx, workspace.id, 'viewer');
    expect((await viewer.get(`${base}/partners/${partner.id}`)).statusCode).toBe(200);
    expect((await viewer.post(`${base}/partners`, { type: 'person', name: 'No' })).statusCode).toBe(403);
    expect((await viewer.patch(`${base}/partners/${partner.id}`, { name: 'No', version: 1 })).statusCode).toBe(403);
    expect((await viewer.delete(`${base}/partners/${partner.id}`, { 'if-match': '1' })).statusCode).toBe(403);
  });

  it('keeps partners of another workspace out of reach: 404 and nothing leaks', async () => {
    const a = await workspaceWithOwner(ctx);
    const b = await workspaceWithOwner(ctx);
    const secret = (
      await b.client.post(`${b.base}/partners`, { type: 'organization', name: 'Secret Supplier' })
    ).json();
    for (const response of [
      await a.client.get(`${b.base}/partners`),
      await a.client.get(`${b.base}/partners/${secret.id}`),
      await a.client.get(`${a.base}/partners/${secret.id}`),
      await a.client.patch(`${a.base}/partners/${secret.id}`, { name: 'Hijack', version: 1 }),
      await a.client.delete(`${a.base}/partners/${secret.id}`, { 'if-match': '1' }),
      await a.client.post(`${b.base}/partners`, { type: 'person', name: 'Intruder' }),
      await a.client.get(`${b.base}/tags`),
      await a.client.get(`${b.base}/search?q=secret`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Secret Supplier');
    }
    expect((await a.client.get(`${a.base}/search?q=secret`)).json().items).toEqual([]);
    expect((await b.client.get(`${b.base}/partners/${secret.id}`)).json()).toMatchObject({
      name: 'Secret Supplier',
      version: 1,
    });
  });
});

describe('partners: duplicates and merge', () => {
  it('warns with 409 on a matching email, phone, website domain or name, and creates anyway when asked', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const first = (await client.post(`${base}/partners`, acme)).json();
    const cases = [
      { type: 'organization', name: 'Other A', contacts: [{ channel: 'email', value: 'SALES@doitacxanh.vn' }] },
      {
        type: 'organization',
        name: 'Other B',
        country: 'VN',
        contacts: [{ channel: 'phone', value: '+84 28 3822 1234' }],
      },
      {
        type: 'organization',
        name: 'Other C',
        contacts: [{ channel: 'website', value: 'https://doitacxanh.vn/contact' }],
      },
      { type: 'organization', name: 'CÔNG TY TNHH ĐỐI TÁC XANH' },
    ];
    const reasons: unknown[] = [];
    for (const body of cases) {
      const response = await client.post(`${base}/partners`, body);
      expect(response.statusCode).toBe(409);
      expect(response.json().duplicates[0].id).toBe(first.id);
      reasons.push(response.json().duplicates[0].matchedOn);
    }
    expect(reasons).toEqual([['email'], ['phone'], ['website'], ['name']]);
    const check = await client.post(`${base}/partners/check-duplicates`, { name: 'cong ty tnhh doi tac xanh' });
    expect(check.json().duplicates).toEqual([expect.objectContaining({ id: first.id, matchedOn: ['name'] })]);
    expect((await client.post(`${base}/partners`, { ...cases[3], ignoreDuplicates: true })).statusCode).toBe(201);
  });

  it('two people with LinkedIn pages are not look-alikes; the same LinkedIn page is', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const person = (name: string, website: string) => ({
      type: 'person',
      name,
      contacts: [{ channel: 'website', value: website }],
    });
    const an = await client.post(
      `${base}/partners`,
      person('Nguyễn Văn An', 'https://www.linkedin.com/in/nguyen-van-an/'),
    );
    expect(an.statusCode).toBe(201);
    const olga = await client.post(`${base}/partners`, person('Ольга Петрова', 'linkedin.com/in/olga-petrova'));
    expect(olga.statusCode).toBe(201);
    const again = await client.post(
      `${base}/partners`,
      person('An Nguyen', 'https://linkedin.com/in/Nguyen-Van-An?originalSubdomain=vn'),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().duplicates).toEqual([expect.objectContaining({ id: an.json().id, matchedOn: ['website'] })]);
  });

  it('merges contacts, tags, people and profile gaps into the survivor and trashes the rest', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const tag = (await client.post(`${base}/tags`, { name: 'VIP', color: '#e03131' })).json();
    const survivor = (
      await client.post(`${base}/partners`, {
        type: 'organization',
        name: 'Acme',
        contacts: [{ channel: 'email', value: 'a@acme.test' }],
      })
    ).json();
    const dup = (
      await client.post(`${base}/partners`, {
        type: 'organization',
        name: 'ACME Inc',
        kinds: ['customer'],
        profile: { business: 'Widgets' },
        tagIds: [tag.id],
        contacts: [
          { channel: 'email', value: 'b@acme.test' },
          { channel: 'email', value: 'a@acme.test' },
        ],
        ignoreDuplicates: true,
      })
    ).json();
    const person = (
      await client.post(`${base}/partners`, {
        type: 'person',
        name: 'Wile E.',
        affiliations: [{ partnerId: dup.id, title: 'Buyer' }],
      })
    ).json();
    const merged = await client.post(`${base}/partners/merge`, { survivorId: survivor.id, mergedIds: [dup.id] });
    expect(merged.statusCode).toBe(200);
    const view = merged.json();
    expect(view.contacts.map((c: { value: string }) => c.value)).toEqual(['a@acme.test', 'b@acme.test']);
    expect(view.tags.map((t: { id: string }) => t.id)).toEqual([tag.id]);
    expect(view.kinds).toEqual(['customer']);
    expect(view.profile.business).toBe('Widgets');
    expect(view.affiliations).toEqual([expect.objectContaining({ partnerId: person.id, title: 'Buyer' })]);
    expect((await client.get(`${base}/partners/${dup.id}`)).json().deletedAt).not.toBeNull();
    const audit = (await client.get(`${base}/audit-log`)).json().items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['partner.merge', 'partner.merged_into']));
  });

  it('refuses to merge partners of different types or unknown ids', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const org = (await client.post(`${base}/partners`, { type: 'organization', name: 'Org' })).json();
    const person = (await client.post(`${base}/partners`, { type: 'person', name: 'Person' })).json();
    const mixed = await client.post(`${base}/partners/merge`, { survivorId: org.id, mergedIds: [person.id] });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().errors[0]).toMatchObject({ path: 'mergedIds.0', rule: 'invalid_value' });
    const unknown = await client.post(`${base}/partners/merge`, {
      survivorId: org.id,
      mergedIds: ['01900000-0000-7000-8000-000000000000'],
    });
    expect(unknown.json().errors[0]).toMatchObject({ path: 'mergedIds.0', rule: 'not_found' });
  });
});

describe('partners: trash retention', () => {
  it('purges partners deleted more than 30 days ago, and keeps younger ones restorable', async () => {
    const { purgeTrash } = await import('../../derived/trash/index.js');
    const { client, base } = await workspaceWithOwner(ctx);
    const old = (await client.post(`${base}/partners`, { type: 'person', name: 'Old Trash' })).json();
    const young = (await client.post(`${base}/partners`, { type: 'person', name: 'Young Trash' })).json();
    await client.delete(`${base}/partners/${old.id}`, { 'if-match': '1' });
    await client.delete(`${base}/partners/${young.id}`, { 'if-match': '1' });
    await ctx.db
      .updateTable('partner')
      .set({ deletedAt: new Date(Date.now() - 31 * 86_400_000) })
      .where('id', '=', old.id)
      .execute();
    await ctx.db
      .updateTable('partner')
      .set({ deletedAt: new Date(Date.now() - 29 * 86_400_000) })
      .where('id', '=', young.id)
      .execute();
    expect((await purgeTrash(ctx.db, ctx.files)).partner).toBeGreaterThanOrEqual(1);
    expect((await client.post(`${base}/partners/${old.id}/restore`)).statusCode).toBe(404);
    expect((await client.post(`${base}/partners/${young.id}/restore`)).statusCode).toBe(200);
  });
});
