import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, PERSIAN_DIGITS } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// Its own server and database, so the partners and interactions are only what this spec imports.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 10;
const fixture = (name: string) => new URL(`../src/server/test/fixtures/imports/${name}`, import.meta.url);

let page: Page;
let api = '';
let workspace = '';
let csrf = '';

ownServerWithOwnerPage(PORT, (p) => {
  page = p;
});

test('the partners an Outlook calendar names, made through the API', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  csrf = me.csrfToken;
  workspace = me.currentWorkspaceId;
  api = `/api/v1/w/${workspace}`;
  for (const data of [
    { type: 'organization', name: 'ООО Ромашка', contacts: [{ channel: 'email', value: 'info@romashka.ru' }] },
    { type: 'person', name: 'Nguyễn Văn An' },
  ]) {
    const response = await page.request.post(`${api}/partners`, { headers: { 'X-CSRF-Token': csrf }, data });
    expect(response.status()).toBe(201);
  }
});

test('a Windows-1251 Outlook export previews in Cyrillic; choosing KOI8-R reads it again', async () => {
  await page.goto(`/w/${workspace}/partners/import`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-file').click();
  await (await chooser).setFiles(fixture('outlook-export-windows-1251.csv').pathname);
  await page.getByRole('button', { name: 'Upload' }).click();
  const preview = page.getByTestId('import-preview');
  // The first upload of a fresh server may take a while on a busy machine; nothing here is timed.
  await expect(preview).toContainText('Иван', { timeout: 30_000 });
  await expect(preview).toContainText('ООО Ромашка');
  const encoding = page.getByTestId('import-encoding');
  await expect(encoding).toContainText('Cyrillic (Windows-1251)');
  await encoding.getByRole('combobox', { name: 'Encoding of the file' }).click();
  await page.getByRole('option', { name: 'Cyrillic (KOI8-R)' }).click();
  await expect(preview).toContainText('хБЮМ');
  await encoding.getByRole('combobox', { name: 'Encoding of the file' }).click();
  await page.getByRole('option', { name: 'Cyrillic (Windows-1251)' }).click();
  await expect(preview).toContainText('Иван');
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('Imported: 3. Failed: 0.');
});

test('an Outlook calendar with ambiguous dates asks the order, and the answer is used', async () => {
  await page.goto(`/w/${workspace}/interactions/import`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-file').click();
  await (await chooser).setFiles(fixture('outlook-calendar.csv').pathname);
  await page.getByRole('button', { name: 'Upload' }).click();
  const question = page.getByTestId('import-date-order');
  await expect(question).toContainText('How are dates like 3/4/2024 written?');
  // English: month first is offered first.
  await expect(question.getByRole('radio', { name: /Month first: 4 March 2024/ })).toBeChecked();
  await question.getByRole('radio', { name: /Day first: 3 April 2024/ }).check();
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('Imported: 3. Failed: 0.');
  const items = (
    (await (await page.request.get(`${api}/interactions?limit=50`)).json()) as {
      items: { subject: string; occurredAt: string; durationMinutes: number }[];
    }
  ).items;
  expect(items.find((i) => i.subject === 'Pricing call')).toMatchObject({
    occurredAt: '2024-04-03T14:00:00.000Z',
    durationMinutes: 45,
  });
});

test('in Persian the question reads right to left, with Persian digits and Solar Hijri dates', async () => {
  await chooseLanguage(page, 'fa');
  await page.goto(`/w/${workspace}/interactions/import`);
  const csv = readFileSync(fixture('outlook-calendar.csv'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-file').click();
  await (await chooser).setFiles({ name: 'calendar.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByRole('button', { name: 'بارگذاری' }).click();
  const question = page.getByTestId('import-date-order');
  await expect(question).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Persian defaults to day first; the readings are Solar Hijri dates in Persian digits.
  await expect(question.getByRole('radio').first()).toBeChecked();
  await expect(question).toContainText(PERSIAN_DIGITS);
  await page.screenshot({ path: '/tmp/h-imports-fa-mapping.png', fullPage: true });
  await page.goto(`/w/${workspace}/partners/import`);
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByTestId('import-file').click();
  await (await chooser2).setFiles(fixture('outlook-export-windows-1252.csv').pathname);
  await page.getByRole('button', { name: 'بارگذاری' }).click();
  await expect(page.getByTestId('import-encoding')).toBeVisible();
  await expect(page.getByTestId('import-preview')).toContainText('François');
  await page.screenshot({ path: '/tmp/h-imports-fa-encoding.png', fullPage: true });
  await chooseLanguage(page, 'en');
});
