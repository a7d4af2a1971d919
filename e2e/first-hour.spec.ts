import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, openNav, PERSIAN_DIGITS } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// What a newcomer meets in an empty workspace: the first steps on the home page, empty lists that
// say what to do next, and then the first partners shown as people read them (phones in their
// national form, a Russian «…» name kept in order inside Persian, badges that wrap between words).
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 11;
const run = Date.now().toString(36).slice(-5);
const russian = `ООО «Северсталь» ${run}`;
const vietnamese = `Công ty Hòa Phát ${run}`;

let page: Page;
let api = '';
let csrf = '';

ownServerWithOwnerPage(PORT, (p) => {
  page = p;
});

test('the home page of an empty workspace lists the first steps, each with its button', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  csrf = me.csrfToken;
  api = `/api/v1/w/${me.currentWorkspaceId}`;
  await page.goto(`/w/${me.currentWorkspaceId}`);
  const steps = page.getByTestId('first-steps');
  await expect(steps.getByRole('heading', { name: 'First steps' })).toBeVisible();
  await expect(page.getByTestId('first-steps-progress')).toHaveText('0 of 4 done');
  await expect(steps.getByTestId('first-step')).toHaveCount(4);
  await expect(steps.getByRole('link', { name: 'New partner' })).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Import a file' })).toBeVisible();
  await expect(steps.getByRole('link', { name: 'New relationship' })).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Invite a colleague' })).toBeVisible();
  await steps.getByRole('button', { name: 'Log interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('empty lists say what to do next and offer the button to do it', async () => {
  await openNav(page, 'Partners');
  const empty = page.getByTestId('empty-state');
  await expect(empty).toContainText('No partners yet.');
  await expect(empty.getByRole('link', { name: 'Import a file' })).toHaveAttribute('href', /\/partners\/import$/);
  await expect(empty.getByRole('link', { name: 'Add your first partner' })).toHaveAttribute('href', /\/partners\/new$/);

  await openNav(page, 'Relationships');
  await expect(empty).toContainText('No relationships yet.');
  await empty.getByRole('link', { name: 'Start your first relationship' }).click();
  await expect(page.getByRole('heading', { name: 'New relationship' })).toBeVisible();
});

test('the first partners tick the first step; a search that finds nothing offers to clear it', async () => {
  for (const data of [
    {
      type: 'organization',
      name: vietnamese,
      country: 'VN',
      kinds: ['distributor', 'training', 'it_consultant'],
      contacts: [{ channel: 'phone', label: 'Tổng đài', value: '+842838221234' }],
    },
    { type: 'organization', name: russian, country: 'RU', contacts: [{ channel: 'phone', value: '+74951234567' }] },
  ]) {
    const response = await page.request.post(`${api}/partners`, { headers: { 'X-CSRF-Token': csrf }, data });
    expect(response.status()).toBe(201);
  }
  await page.goto(api.replace('/api/v1', ''));
  await expect(page.getByTestId('first-steps-progress')).toHaveText('1 of 4 done');
  await expect(page.locator('[data-testid="first-step"][data-done="true"]')).toContainText('Add your partners');

  await openNav(page, 'Partners');
  await page.getByTestId('partner-search').fill('Zyxwq Qwzyx');
  const empty = page.getByTestId('empty-state');
  await expect(empty).toContainText('No partner matches this search and these filters.');
  await empty.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByTestId('partner-row')).toHaveCount(2);
});

test('phones are shown in the national form of the partner’s country', async () => {
  await page.getByRole('link', { name: vietnamese }).click();
  const contacts = page.getByTestId('contact-list');
  await expect(contacts.getByRole('link', { name: '028 3822 1234' })).toHaveAttribute('href', 'tel:+842838221234');
  await openNav(page, 'Partners');
  await expect(page.getByTestId('partner-row').filter({ hasText: russian })).toContainText('8 (495) 123-45-67');
});

test('in Persian a Russian «…» name keeps its order, and Vietnamese kinds wrap between words', async () => {
  await chooseLanguage(page, 'vi');
  await page.setViewportSize({ width: 720, height: 900 });
  const row = page.getByTestId('partner-row').filter({ hasText: vietnamese });
  const kinds = row.locator('.mantine-Badge-label');
  await expect(kinds.filter({ hasText: 'Nhà phân phối / đại lý' })).toHaveCount(1);
  // Nothing is cut off: each badge's label fits inside its badge.
  for (const label of await kinds.all()) {
    const cut = await label.evaluate(
      (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    );
    expect(cut).toBe(false);
  }

  await chooseLanguage(page, 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const name = page.getByTestId('partner-row').filter({ hasText: russian }).locator('bdi').first();
  await expect(name).toHaveText(russian);
  // Isolated and laid out left to right, so the closing » stays after Северсталь, not at the far end.
  expect(await name.evaluate((el) => el.matches(':dir(ltr)'))).toBe(true);
  await page.screenshot({ path: 'test-results/first-hour-fa-partners.png', fullPage: true });

  await page.goto(api.replace('/api/v1', ''));
  await expect(page.getByTestId('first-steps-progress')).toHaveText(PERSIAN_DIGITS);
  await page.screenshot({ path: 'test-results/first-hour-fa-home.png', fullPage: true });
  // On a phone the checklist fits the width: nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('first-steps')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/first-hour-fa-home-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1360, height: 900 });
  await chooseLanguage(page, 'en');
});
