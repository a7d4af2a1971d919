import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, memberWithRole, workspaceWithOwner, type TestContext } from '../../test/harness.js';
import { finished, upload } from '../../test/imports.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

/** The committed bytes of a fixture saved in a code page (importFixture reads UTF-8 text). */
const bytesOf = (name: string) => fs.readFileSync(new URL(`../../test/fixtures/imports/${name}`, import.meta.url));

type Partner = { name: string };
const names = async (client: Awaited<ReturnType<typeof workspaceWithOwner>>['client'], base: string) =>
  ((await client.get(`${base}/partners?limit=200`)).json().items as Partner[]).map((p) => p.name).sort();

describe('files that are not UTF-8', () => {
  it('reads an Outlook export saved in Windows-1251 as Cyrillic, and says so with the other encodings offered', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const uploaded = await upload(client, base, bytesOf('outlook-export-windows-1251.csv'));
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const body = uploaded.json();
    expect(body).toMatchObject({ encoding: 'windows-1251', rowCount: 3 });
    expect(body.encodings).toEqual(['windows-1252', 'windows-1250', 'windows-1251', 'koi8-r', 'windows-1258']);
    const first = body.columns.indexOf('First Name');
    expect(body.preview.map((row: string[]) => row[first])).toEqual(['Иван', 'Анна', 'Ёлкин']);

    await client.post(`${base}/imports/${body.id}/start`, {});
    const job = await finished(client, base, body.id);
    expect(job).toMatchObject({ status: 'done', imported: 3, failed: 0 });
    expect(await names(client, base)).toEqual(
      expect.arrayContaining(['Иван Петров', 'Анна Смирнова', 'ООО Ромашка', 'АО Северсталь']),
    );
  });

  it('reads one in Windows-1252 as French and German, with its dash', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const body = (await upload(client, base, bytesOf('outlook-export-windows-1252.csv'))).json();
    expect(body.encoding).toBe('windows-1252');
    const row = (i: number, column: string) => body.preview[i][body.columns.indexOf(column)];
    expect([row(0, 'First Name'), row(0, 'Last Name'), row(1, 'Company'), row(2, 'Business City')]).toEqual([
      'François',
      'Lefèvre',
      'Großhandel Müller GmbH',
      'Genève',
    ]);
    expect(row(0, 'Notes')).toBe('Rencontré au salon à Lyon – très intéressé');
  });

  it('previews the file in another encoding, and the import reads it in the one chosen at start', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const id = (await upload(client, base, bytesOf('outlook-export-windows-1251.csv'))).json().id;
    const koi = await client.get(`${base}/imports/${id}/preview?encoding=koi8-r`);
    expect(koi.statusCode, koi.body).toBe(200);
    expect(koi.json()).toMatchObject({ encoding: 'koi8-r', rowCount: 3 });
    // The same bytes as KOI8-R: Cyrillic still, with the cases swapped, which is why it was not the guess.
    expect(koi.json().preview[0][koi.json().columns.indexOf('First Name')]).toBe('хБЮМ');
    // Nothing was stored by the preview.
    expect((await client.get(`${base}/imports/${id}`)).json().encoding).toBe('windows-1251');

    const started = await client.post(`${base}/imports/${id}/start`, { encoding: 'koi8-r' });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json().encoding).toBe('koi8-r');
    await finished(client, base, id);
    expect(await names(client, base)).toContain('хБЮМ оЕРПНБ');
  });

  it('reads a file in the encoding given at upload', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const res = await client.post(
      `${base}/imports?filename=contacts.csv&encoding=windows-1252`,
      bytesOf('outlook-export-windows-1251.csv'),
      { 'content-type': 'text/csv' },
    );
    expect(res.json()).toMatchObject({ encoding: 'windows-1252' });
    expect(res.json().preview[0][res.json().columns.indexOf('First Name')]).toBe('Èâàí');
  });

  it('refuses an unknown encoding (400 naming it), and another encoding for a UTF-8 file', async () => {
    const { client, base } = await workspaceWithOwner(ctx);
    const bad = await client.post(`${base}/imports?filename=a.csv&encoding=ebcdic`, 'name\nA\n', {
      'content-type': 'text/csv',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('encoding');
    const utf8 = (await upload(client, base, 'name\nÀnh\n')).json();
    expect(utf8).toMatchObject({ encoding: 'utf-8', encodings: [] });
    const preview = await client.get(`${base}/imports/${utf8.id}/preview?encoding=koi8`);
    expect(preview.statusCode).toBe(400);
    expect(preview.json().errors[0].path).toBe('encoding');
    const start = await client.post(`${base}/imports/${utf8.id}/start`, { encoding: 'windows-1251' });
    expect(start.statusCode).toBe(400);
    expect(start.json().errors[0]).toMatchObject({ path: 'encoding', rule: 'invalid_value' });
  });

  it('another workspace cannot preview an import (404), a viewer cannot (403), a started one cannot be (409)', async () => {
    const { client, base, workspace } = await workspaceWithOwner(ctx);
    const other = await workspaceWithOwner(ctx);
    const viewer = await memberWithRole(ctx, workspace.id, 'viewer');
    const id = (await upload(client, base, bytesOf('outlook-export-windows-1252.csv'))).json().id;
    expect((await other.client.get(`${other.base}/imports/${id}/preview`)).statusCode).toBe(404);
    expect((await other.client.get(`${base}/imports/${id}/preview`)).statusCode).toBe(404);
    expect((await viewer.client.get(`${base}/imports/${id}/preview`)).statusCode).toBe(403);
    expect((await client.get(`${base}/imports/${id}/preview`)).statusCode).toBe(200);
    await client.post(`${base}/imports/${id}/start`, {});
    await finished(client, base, id);
    expect((await client.get(`${base}/imports/${id}/preview`)).statusCode).toBe(409);
  });
});
