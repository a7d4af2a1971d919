import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNav, owner, signIn } from './helpers.js';
import { startOwnServer, type OwnServer } from './own-server.js';

// Files run in name order, so this one would come before platform.spec.ts, which needs a fresh
// database for its first-run setup: this spec starts its own server with its own owner instead.
// Names carry a run id, so the steps also hold on a database that has earlier data.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;

const run = Date.now().toString(36).slice(-5);
const org = `Lotus Tea ${run}`;
const person = `Nguyễn Văn An ${run}`;
// A Ho Chi Minh City landline unique to the run, so it matches no earlier partner.
const line = `3${String(Date.now()).slice(-7)}`;
const PARTNER_URL = /\/partners\/[0-9a-f-]{36}$/;

let server: OwnServer;
let page: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  server = await startOwnServer(PORT, owner);
  const context = await browser.newContext({ baseURL: server.baseURL, locale: 'en-US', timezoneId: 'UTC' });
  page = await context.newPage();
  await signIn(page, owner.email, owner.password);
});

test.afterAll(async () => {
  await page?.context().close();
  await server?.stop();
});

/** The contact row at a position in the partner form. */
const contactRow = (index: number) => page.getByTestId('contact-row').nth(index);

test('creates an organisation: a bad email shows a translated error under the input first', async () => {
  await openNav(page, 'Partners');
  await expect(page.getByRole('heading', { name: 'Partners' })).toBeVisible();
  await page.getByRole('link', { name: 'New partner' }).click();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(org);
  await contactRow(0).getByRole('textbox', { name: 'Email' }).fill('sales@lotus-tea');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(contactRow(0)).toContainText('Enter a valid email address.');

  await contactRow(0).getByRole('textbox', { name: 'Email' }).fill(`sales@lotus-${run}.vn`);
  await page.getByRole('button', { name: 'Add contact' }).click();
  await contactRow(1).getByRole('combobox', { name: 'Channel' }).click();
  await page.getByRole('option', { name: 'Phone' }).click();
  await contactRow(1).getByRole('textbox', { name: 'Phone' }).fill(`028 ${line}`);
  await page.getByRole('combobox', { name: 'Country' }).fill('Vietnam');
  await page.getByRole('option', { name: 'Vietnam' }).click();
  await page.getByRole('combobox', { name: 'Kinds' }).click({ force: true });
  await page.getByRole('option', { name: 'Supplier' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(PARTNER_URL);
  await expect(page.getByTestId('partner-name')).toHaveText(org);
  const contacts = page.getByTestId('contact-list');
  await expect(contacts.getByRole('link', { name: `sales@lotus-${run}.vn` })).toHaveAttribute(
    'href',
    `mailto:sales@lotus-${run}.vn`,
  );
  // Stored in E.164 because the country is known (the link dials it), shown the way Vietnamese
  // write a number of their own country.
  const phone = contacts.getByRole('link', { name: `028 ${line.slice(0, 4)} ${line.slice(4)}` });
  await expect(phone).toHaveAttribute('href', `tel:+8428${line}`);
});

test('creates a person who works at the organisation', async () => {
  await openNav(page, 'Partners');
  await page.getByRole('link', { name: 'New partner' }).click();
  await page.getByRole('radiogroup', { name: 'Type' }).getByText('Person', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(person);
  await contactRow(0).getByRole('textbox', { name: 'Email' }).fill(`an.${run}@example.com`);
  await page.getByRole('combobox', { name: 'Add an organisation' }).fill(org);
  await page.getByRole('option', { name: org }).click();
  await page
    .getByTestId('affiliation-rows')
    .getByRole('textbox', { name: 'Title or position' })
    .fill('Purchasing director');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(PARTNER_URL);
  await expect(page.getByTestId('partner-name')).toHaveText(person);
  await expect(page.getByTestId('affiliations')).toContainText('Purchasing director');
  await page.getByTestId('affiliations').getByRole('link', { name: org }).click();
  await expect(page.getByTestId('affiliations')).toContainText(person);
});

test('finds the person by a name typed without Vietnamese diacritics', async () => {
  await openNav(page, 'Partners');
  // Typed key by key, slower than the debounce: results follow and no letter or space is lost.
  const search = page.getByTestId('partner-search');
  await search.pressSequentially(`nguyen van an ${run}`, { delay: 250 });
  await expect(search).toHaveValue(`nguyen van an ${run}`);
  // Best match first (fuzzy search may add look-alikes from earlier runs below it).
  await expect(page.getByTestId('partner-row').first()).toContainText(person);

  // The header search finds it too and opens it.
  await page.getByTestId('global-search').fill(`nguyen van an ${run}`);
  await page.getByRole('option', { name: new RegExp(person) }).click();
  await expect(page.getByTestId('partner-name')).toHaveText(person);
});

test('a stale edit shows what changed and keeps my changes on request', async () => {
  await openNav(page, 'Partners');
  await page.getByTestId('partner-search').fill(org);
  await page.getByTestId('partner-row').getByRole('link', { name: org }).click();
  await expect(page).toHaveURL(PARTNER_URL);
  const id = page.url().split('/').pop() ?? '';
  const workspaceId = /\/w\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByTestId('partner-form')).toBeVisible();

  // Someone else saves the partner first, through the API with this browser's session.
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const path = `/api/v1/w/${workspaceId}/partners/${id}`;
  const current = (await (await page.request.get(path)).json()) as { version: number };
  const theirs = await page.request.patch(path, {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: { profile: { notes: 'Prefers calls in the morning' }, version: current.version },
  });
  expect(theirs.status()).toBe(200);

  await page.getByLabel('What their business does').fill('Tea plantations in Lâm Đồng');
  await page.getByRole('button', { name: 'Save' }).click();

  const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('conflict-row')).toHaveCount(1);
  await expect(dialog.getByTestId('conflict-row')).toContainText('Notes');
  await expect(dialog.getByTestId('conflict-row')).toContainText('Prefers calls in the morning');
  await dialog.getByRole('button', { name: 'Keep my changes' }).click();

  await expect(page).toHaveURL(PARTNER_URL);
  const profile = page.getByTestId('profile-view');
  await expect(profile).toContainText('Tea plantations in Lâm Đồng');
  await expect(profile).toContainText('Prefers calls in the morning');
});

test('imports a CSV with one bad row, shows the result, and undoes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-import-'));
  const file = join(dir, 'partners.csv');
  writeFileSync(
    file,
    [
      'Name;Email;Phone',
      `Imported Alpha ${run};alpha.${run}@example.com;`,
      `Imported Beta ${run};not-an-email;`,
      `Imported Gamma ${run};gamma.${run}@example.com;`,
    ].join('\n'),
  );
  try {
    await openNav(page, 'Partners');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByTestId('import-preview')).toContainText(`Imported Beta ${run}`);
    await page.getByRole('button', { name: 'Start import' }).click();

    await expect(page.getByTestId('import-summary')).toHaveText('Imported: 2. Failed: 1.');
    const bad = page.getByTestId('import-error-row');
    await expect(bad).toHaveCount(1);
    await expect(bad.locator('td').first()).toHaveText('3');
    await expect(bad).toContainText('Enter a valid email address.');
    // The value itself is quoted, so the user sees what to fix.
    await expect(bad).toContainText('Value: “not-an-email”');

    await openNav(page, 'Partners');
    await page.getByTestId('partner-search').fill(`imported ${run}`);
    const rows = page.getByTestId('partner-row');
    await expect(rows.filter({ hasText: `Imported Alpha ${run}` })).toHaveCount(1);
    await expect(rows.filter({ hasText: `Imported Gamma ${run}` })).toHaveCount(1);
    await expect(rows.filter({ hasText: `Imported Beta ${run}` })).toHaveCount(0);

    await page.getByRole('link', { name: 'Import', exact: true }).click();
    const history = page.getByTestId('import-history');
    await history.getByRole('button', { name: 'Undo this import' }).first().click();
    await expect(history.getByTestId('import-status').first()).toHaveText('Undone');

    await openNav(page, 'Partners');
    await page.getByTestId('partner-search').fill(`imported ${run}`);
    await expect(page.getByTestId('partners-table')).not.toContainText(`Imported Alpha ${run}`);
    await expect(page.getByTestId('partners-table')).not.toContainText(`Imported Gamma ${run}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
