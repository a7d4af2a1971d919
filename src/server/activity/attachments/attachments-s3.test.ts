import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, workspaceWithOwner, type Client, type TestContext } from '../../test/harness.js';
import { startS3Server, type S3TestServer } from '../../test/s3.js';
import { logInteraction, makePartner } from '../../test/interactions.js';
import { purgeTrash } from '../../derived/trash/index.js';
import { EXE, PDF, PNG } from '../../test/files.js';

// The app configured for S3 through its settings, against a real S3-compatible server (s3rver) in this process.
let s3: S3TestServer;
let ctx: TestContext;
beforeAll(async () => {
  s3 = await startS3Server();
  ctx = await createTestApp(s3.env);
});
afterAll(async () => {
  await ctx.close();
  await s3.close();
});

type Attachment = { id: string; url: string; filename: string; contentType: string; sizeBytes: number };

async function interactionUrl(client: Client, base: string) {
  const partner = await makePartner(client, base, 'Acme');
  return `${base}/interactions/${(await logInteraction(client, base, { kind: 'meeting', partnerIds: [partner.id] })).id}`;
}

const upload = (client: Client, url: string, body: Buffer, contentType: string, filename: string) =>
  client.post(`${url}/attachments?filename=${encodeURIComponent(filename)}`, body, { 'content-type': contentType });

describe('attachments stored in S3', () => {
  it('uploads into the bucket, downloads the same bytes with the same headers, and the purge removes the object', async () => {
    expect(ctx.files.kind).toBe('s3');
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const url = await interactionUrl(client, base);
    const response = await upload(client, url, PNG, 'image/png', 'Danh thiếp.png');
    expect(response.statusCode, response.body).toBe(201);
    const attachment = response.json() as Attachment;
    expect(attachment).toMatchObject({ filename: 'Danh thiếp.png', contentType: 'image/png', sizeBytes: PNG.length });
    const objectKey = `attachments/${workspace.id}/${attachment.id}`;
    expect(await s3.object(objectKey)).toEqual({ body: PNG, contentType: 'image/png' });
    // The bytes went to S3 only.
    expect(fs.existsSync(path.join(ctx.config.dataDir, 'attachments'))).toBe(false);

    const download = await client.get(attachment.url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-length']).toBe(String(PNG.length));
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Danh thiep.png"; filename*=UTF-8''${encodeURIComponent('Danh thiếp.png')}`,
    );
    expect(download.headers['content-security-policy']).toContain('sandbox');

    // Trashed, the object stays for a restore; the purge after 30 days removes it from the bucket.
    expect((await client.delete(attachment.url)).statusCode).toBe(204);
    expect(await s3.object(objectKey)).toBeDefined();
    await ctx.db
      .updateTable('interactionAttachment')
      .set({ deletedAt: new Date(Date.now() - 31 * 86_400_000) })
      .where('id', '=', attachment.id)
      .execute();
    expect((await purgeTrash(ctx.db, ctx.files)).attachmentFiles).toBeGreaterThanOrEqual(1);
    expect(await s3.object(objectKey)).toBeUndefined();
    expect((await client.get(attachment.url)).statusCode).toBe(404);
  });

  it('purging an interaction removes the objects of its attachments', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const url = await interactionUrl(client, base);
    const ids = [];
    for (const [body, type, name] of [
      [PNG, 'image/png', 'a.png'],
      [PDF, 'application/pdf', 'b.pdf'],
    ] as const) {
      ids.push(((await upload(client, url, body, type, name)).json() as Attachment).id);
    }
    expect((await s3.keys(`attachments/${workspace.id}/`)).sort()).toEqual(
      ids.map((id) => `attachments/${workspace.id}/${id}`).sort(),
    );
    expect((await client.delete(url, { 'if-match': '1' })).statusCode).toBe(204);
    await ctx.db
      .updateTable('interaction')
      .set({ deletedAt: new Date(Date.now() - 31 * 86_400_000) })
      .where('id', '=', url.split('/').pop() ?? '')
      .execute();
    await purgeTrash(ctx.db, ctx.files);
    expect(await s3.keys(`attachments/${workspace.id}/`)).toEqual([]);
  });

  it('keeps nothing of a refused upload, and answers 404 for an attachment whose object is gone from the bucket', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const url = await interactionUrl(client, base);
    expect((await upload(client, url, EXE, 'image/png', 'holiday.png')).statusCode).toBe(415);
    expect(await s3.keys(`attachments/${workspace.id}/`)).toEqual([]);

    const attachment = (await upload(client, url, PDF, 'application/pdf', 'offer.pdf')).json() as Attachment;
    await ctx.files.remove([`${workspace.id}/${attachment.id}`]);
    const download = await client.get(attachment.url);
    expect(download.statusCode).toBe(404);
    expect(download.json().code).toBe('not_found');
  });
});
