import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  memberWithRole,
  workspaceWithOwner,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { logInteraction, makePartner } from '../../test/interactions.js';
import { purgeTrash } from '../../derived/trash/index.js';
import { DOCX, EXE, ODT, PDF, PNG, ZIP } from '../../test/files.js';

let ctx: TestContext;
// A small limit, so "too large" needs no megabytes.
const MAX = 4096;
beforeAll(async () => {
  ctx = await createTestApp({ ATTACHMENT_MAX_BYTES: String(MAX) });
});
afterAll(() => ctx.close());

type Attachment = { id: string; url: string; filename: string; contentType: string; sizeBytes: number; sha256: string };

async function interactionIn(client: Client, base: string) {
  const partner = await makePartner(client, base, 'Acme');
  return logInteraction(client, base, { kind: 'meeting', partnerIds: [partner.id] });
}

const upload = (
  client: Client,
  url: string,
  body: Buffer | string,
  contentType: string | undefined,
  filename?: string,
) =>
  client.post(
    `${url}/attachments${filename ? `?filename=${encodeURIComponent(filename)}` : ''}`,
    body,
    contentType ? { 'content-type': contentType } : {},
  );

const fileOnDisk = (workspaceId: string, id: string) => path.join(ctx.config.dataDir, 'attachments', workspaceId, id);

describe('attachments: upload, list, download', () => {
  it('stores a file under DATA_DIR, lists it, shows it on the interaction and serves it as a download', async () => {
    const { client, base, workspace, owner } = await workspaceWithOwner(ctx);
    const interaction = await interactionIn(client, base);
    const url = `${base}/interactions/${interaction.id}`;
    const response = await upload(client, url, PNG, 'image/png', 'Danh thiếp Nguyễn Văn An.png');
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json() as Attachment;
    expect(attachment).toMatchObject({
      interactionId: interaction.id,
      filename: 'Danh thiếp Nguyễn Văn An.png',
      contentType: 'image/png',
      sizeBytes: PNG.length,
      url: `${url}/attachments/${attachment.id}`,
      createdBy: { id: owner.id, name: 'Olga Owner' },
      deletedAt: null,
    });
    expect(response.headers.location).toBe(attachment.url);
    expect(fs.readFileSync(fileOnDisk(workspace.id, attachment.id)).equals(PNG)).toBe(true);
    expect((await client.get(`${url}/attachments`)).json().items).toEqual([attachment]);
    expect((await client.get(url)).json().attachments).toEqual([attachment]);

    const download = await client.get(attachment.url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-length']).toBe(String(PNG.length));
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Danh thiep Nguyen Van An.png"; filename*=UTF-8''${encodeURIComponent('Danh thiếp Nguyễn Văn An.png')}`,
    );
    expect(download.headers['content-security-policy']).toContain('sandbox');
    const audit = (await client.get(`${base}/audit-log`))
      .json()
      .items.find((e: { action: string }) => e.action === 'attachment.create');
    expect(audit).toMatchObject({
      entityId: attachment.id,
      changes: { filename: { after: 'Danh thiếp Nguyễn Văn An.png' }, sizeBytes: { after: PNG.length } },
    });
  });

  it('takes the type from the bytes: PDF, DOCX sent as application/zip, ODT, a CSV sent as Excel, plain text without a type', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const url = `${base}/interactions/${(await interactionIn(client, base)).id}`;
    const cases: [Buffer | string, string | undefined, string, string, string][] = [
      [PDF, 'application/pdf', 'offer.pdf', 'application/pdf', 'offer.pdf'],
      [
        DOCX,
        'application/zip',
        'Договор.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Договор.docx',
      ],
      [ODT, 'application/octet-stream', 'minutes.odt', 'application/vnd.oasis.opendocument.text', 'minutes.odt'],
      ['date,partner\n2026-03-10,Acme\n', 'application/vnd.ms-excel', 'history.csv', 'text/csv', 'history.csv'],
      ['Ghi chú cuộc họp\n', undefined, 'notes.txt', 'text/plain', 'notes.txt'],
      // Text is text, whatever it is called: it is saved with an extension that says so.
      ['<html><script>alert(1)</script></html>', 'text/plain', 'invoice.html', 'text/plain', 'invoice.html.txt'],
      [PNG, 'image/png', 'C:\\Users\\olga\\photo', 'image/png', 'photo.png'],
    ];
    for (const [body, declared, name, type, stored] of cases) {
      const response = await upload(client, url, body, declared, name);
      expect(response.statusCode, `${name}: ${response.body}`).toBe(201);
      expect(response.json(), name).toMatchObject({ contentType: type, filename: stored });
    }
    const csv = (await client.get(`${url}/attachments`))
      .json()
      .items.find((a: Attachment) => a.filename === 'history.csv');
    const download = await client.get(csv.url);
    expect(download.headers['content-type']).toBe('text/csv');
    expect(download.body).toBe('date,partner\n2026-03-10,Acme\n');
  });

  it('refuses a file larger than ATTACHMENT_MAX_BYTES with 413 payload_too_large naming the file', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const url = `${base}/interactions/${(await interactionIn(client, base)).id}`;
    const response = await upload(client, url, Buffer.concat([PDF, Buffer.alloc(MAX)]), 'application/pdf', 'big.pdf');
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'payload_too_large',
      errors: [{ path: 'file', rule: 'too_big', params: { maximum: MAX } }],
    });
    expect(
      (await upload(client, url, Buffer.concat([PDF, Buffer.alloc(MAX - PDF.length)]), 'application/pdf', 'exact.pdf'))
        .statusCode,
    ).toBe(201);
    expect((await client.get(`${url}/attachments`)).json().items.map((a: Attachment) => a.filename)).toEqual([
      'exact.pdf',
    ]);
  });

  it('refuses forbidden types with 415 naming the file: an executable, a zip, SVG, HTML, unknown binary; an empty file is a 400', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const url = `${base}/interactions/${(await interactionIn(client, base)).id}`;
    const cases: [Buffer | string, string | undefined, string][] = [
      [EXE, 'application/octet-stream', 'application/x-msdownload'],
      [EXE, 'application/x-msdownload', 'application/x-msdownload'],
      [ZIP, 'application/zip', 'application/zip'],
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml', 'image/svg+xml'],
      ['<html></html>', 'text/html', 'text/html'],
      [Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0x00]), undefined, 'application/octet-stream'],
      ['{"a":1}', 'application/json', 'application/json'],
    ];
    for (const [body, declared, detected] of cases) {
      const response = await upload(client, url, body, declared, 'file.bin');
      expect(response.statusCode, `${detected}: ${response.body}`).toBe(415);
      expect(response.json(), detected).toMatchObject({
        code: 'unsupported_media_type',
        errors: [{ path: 'file', rule: 'forbidden_type', params: { detected } }],
      });
    }
    const empty = await upload(client, url, Buffer.alloc(0), 'image/png', 'empty.png');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ path: 'file', rule: 'required' });
    expect((await client.get(`${url}/attachments`)).json().items).toEqual([]);
  });

  it('refuses a renamed executable sent as image/png, and any declared type the bytes contradict', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const url = `${base}/interactions/${(await interactionIn(client, base)).id}`;
    const renamed = await upload(client, url, EXE, 'image/png', 'holiday.png');
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().errors[0]).toMatchObject({
      path: 'file',
      rule: 'forbidden_type',
      params: { detected: 'application/x-msdownload' },
    });
    const pngAsPdf = await upload(client, url, PNG, 'application/pdf', 'offer.pdf');
    expect(pngAsPdf.statusCode).toBe(415);
    expect(pngAsPdf.json().errors[0]).toMatchObject({
      path: 'file',
      rule: 'type_mismatch',
      params: { detected: 'image/png', declared: 'application/pdf' },
    });
    const textAsPng = await upload(client, url, 'just text', 'image/png', 'x.png');
    expect(textAsPng.json().errors[0]).toMatchObject({
      rule: 'type_mismatch',
      params: { detected: 'text/plain', declared: 'image/png' },
    });
    // Nothing was kept of the refused files.
    expect(fs.existsSync(path.join(ctx.config.dataDir, 'attachments', workspace.id))).toBe(false);
  });

  it('needs the CSRF token like every write, and refuses uploads to a trashed interaction', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const interaction = await interactionIn(client, base);
    const url = `${base}/interactions/${interaction.id}`;
    const noToken = await ctx.app.inject({
      method: 'POST',
      url: `${url}/attachments`,
      payload: PNG,
      headers: { 'content-type': 'image/png', cookie: `rapport_session=${client.cookie}` },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf');
    await client.delete(url, { 'if-match': '1' });
    expect((await upload(client, url, PNG, 'image/png', 'a.png')).statusCode).toBe(404);
  });
});

describe('attachments: access', () => {
  it('a viewer can list and download but not upload or delete (403)', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    const url = `${base}/interactions/${(await interactionIn(client, base)).id}`;
    const attachment = (await upload(client, url, PDF, 'application/pdf', 'offer.pdf')).json() as Attachment;
    expect((await viewer.client.get(`${url}/attachments`)).json().items).toHaveLength(1);
    const download = await viewer.client.get(attachment.url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const refused = await upload(viewer.client, url, PNG, 'image/png', 'a.png');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');
    expect((await viewer.client.delete(attachment.url)).statusCode).toBe(403);
  });

  it('another workspace gets 404 for the list, the download, an upload and a delete', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx);
    const url = `${base}/interactions/${(await interactionIn(client, base)).id}`;
    const attachment = (await upload(client, url, PNG, 'image/png', 'a.png')).json() as Attachment;
    expect((await other.client.get(`${url}/attachments`)).statusCode).toBe(404);
    expect((await other.client.get(attachment.url)).statusCode).toBe(404);
    expect((await upload(other.client, url, PNG, 'image/png', 'b.png')).statusCode).toBe(404);
    expect((await other.client.delete(attachment.url)).statusCode).toBe(404);
    // Its own workspace in the path, the first workspace's ids: still nothing.
    const foreign = `${other.base}/interactions/${attachment.url.split('/interactions/')[1] ?? ''}`;
    expect((await other.client.get(foreign)).statusCode).toBe(404);
    expect((await client.get(attachment.url)).statusCode).toBe(200);
  });
});

describe('attachments: trash and purge', () => {
  it('a deleted attachment leaves the list, can be restored, and is removed with its file after 30 days', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const url = `${base}/interactions/${(await interactionIn(client, base)).id}`;
    const attachment = (await upload(client, url, PNG, 'image/png', 'a.png')).json() as Attachment;
    expect((await client.delete(attachment.url)).statusCode).toBe(204);
    expect((await client.get(`${url}/attachments`)).json().items).toEqual([]);
    expect((await client.get(`${url}/attachments?deleted=true`)).json().items.map((a: Attachment) => a.id)).toEqual([
      attachment.id,
    ]);
    expect((await client.delete(attachment.url)).statusCode).toBe(404);
    const restored = await client.post(`${attachment.url}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json().deletedAt).toBeNull();
    expect((await client.get(url)).json().attachments.map((a: Attachment) => a.id)).toEqual([attachment.id]);

    await client.delete(attachment.url);
    await ctx.db
      .updateTable('interactionAttachment')
      .set({ deletedAt: new Date(Date.now() - 31 * 86_400_000) })
      .where('id', '=', attachment.id)
      .execute();
    expect(fs.existsSync(fileOnDisk(workspace.id, attachment.id))).toBe(true);
    expect((await purgeTrash(ctx.db, ctx.files)).attachmentFiles).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(fileOnDisk(workspace.id, attachment.id))).toBe(false);
    expect((await client.get(attachment.url)).statusCode).toBe(404);
  });

  it('purging an interaction removes its attachments and their files; a younger trashed one keeps them', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const old = await interactionIn(client, base);
    const young = await interactionIn(client, base);
    const oldFile = (
      await upload(client, `${base}/interactions/${old.id}`, PNG, 'image/png', 'old.png')
    ).json() as Attachment;
    const youngFile = (
      await upload(client, `${base}/interactions/${young.id}`, PDF, 'application/pdf', 'young.pdf')
    ).json() as Attachment;
    for (const i of [old, young])
      expect((await client.delete(`${base}/interactions/${i.id}`, { 'if-match': '1' })).statusCode).toBe(204);
    // A trashed interaction's files still download, as the interaction itself still reads.
    expect((await client.get(oldFile.url)).statusCode).toBe(200);
    await ctx.db
      .updateTable('interaction')
      .set({ deletedAt: new Date(Date.now() - 31 * 86_400_000) })
      .where('id', '=', old.id)
      .execute();
    await purgeTrash(ctx.db, ctx.files);
    expect(fs.existsSync(fileOnDisk(workspace.id, oldFile.id))).toBe(false);
    expect(
      await ctx.db.selectFrom('interactionAttachment').select('id').where('id', '=', oldFile.id).executeTakeFirst(),
    ).toBeUndefined();
    expect(fs.existsSync(fileOnDisk(workspace.id, youngFile.id))).toBe(true);
    expect(
      (await client.post(`${base}/interactions/${young.id}/restore`)).json().attachments.map((a: Attachment) => a.id),
    ).toEqual([youngFile.id]);
  });
});

describe('attachments: refused before the body is read', () => {
  it('answers a signed-out or malformed upload without storing anything', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const url = `${base}/interactions/${(await interactionIn(client, base)).id}`;
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: `${url}/attachments`,
      payload: PNG,
      headers: { 'content-type': 'image/png' },
    });
    expect(anonymous.statusCode).toBe(401);
    const badId = await upload(client, '/api/v1/w/not-a-uuid/interactions/nope', PNG, 'image/png', 'a.png');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().code).toBe('validation');
  });
});
