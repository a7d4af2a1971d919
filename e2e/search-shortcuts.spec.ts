import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseLanguage } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// Its own server and database, so the search finds only what this spec creates.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 8;
const run = Date.now().toString(36).slice(-5);
const partner = `Saffron Trading ${run}`;
const purpose = `Pistachio supply ${run}`;
const subject = `Harvest review ${run}`;
const taskTitle = `Send the samples ${run}`;
const PHONE = { width: 390, height: 844 };

let page: Page;
let api = '';
let csrf = '';
const ids = { workspace: '', partner: '', relationship: '', interaction: '' };

ownServerWithOwnerPage(PORT, (p) => {
  page = p;
});

async function post(path: string, data: Record<string, unknown>): Promise<string> {
  const response = await page.request.post(`${api}${path}`, { headers: { 'X-CSRF-Token': csrf }, data });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The header search's option of one kind whose text matches. */
function option(type: string, text: string | RegExp): Locator {
  return page
    .getByRole('option')
    .filter({ has: page.locator(`[data-type="${type}"]`) })
    .filter({ hasText: text });
}

/** A kind's heading in the header search's results. */
const group = (label: string) => page.getByRole('listbox').getByText(label, { exact: true });

/** Whether the element lies wholly inside the phone's screen. */
async function expectOnScreen(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
}

test('a partner, its relationship, an interaction and a task, made through the API', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  csrf = me.csrfToken;
  ids.workspace = me.currentWorkspaceId;
  api = `/api/v1/w/${me.currentWorkspaceId}`;
  ids.partner = await post('/partners', { type: 'organization', name: partner });
  ids.relationship = await post('/relationships', { partnerId: ids.partner, purpose });
  ids.interaction = await post('/interactions', {
    kind: 'meeting',
    partnerIds: [ids.partner],
    relationshipIds: [ids.relationship],
    subject,
    notes: '<p>Tasted the new crop.</p>',
  });
  await post('/tasks', { title: taskTitle, relationshipId: ids.relationship, dueOn: '2026-12-20' });
});

test('the header search finds each kind, grouped, and opens its page', async () => {
  await page.goto(`/w/${ids.workspace}`);
  const search = page.getByTestId('global-search');

  await search.fill(`saffron ${run}`);
  await expect(group('Organisations')).toBeVisible();
  await expect(group('Relationships')).toBeVisible();
  await option('organization', partner).click();
  await expect(page).toHaveURL(new RegExp(`/partners/${ids.partner}$`));

  await search.fill(`pistachio supply ${run}`);
  await expect(option('relationship', purpose)).toContainText('Formation');
  await option('relationship', purpose).click();
  await expect(page).toHaveURL(new RegExp(`/relationships/${ids.relationship}$`));

  await search.fill(`harvest review ${run}`);
  await expect(group('Interactions')).toBeVisible();
  await expect(option('interaction', subject)).toContainText('Tasted the new crop.');
  await option('interaction', subject).click();
  await expect(page).toHaveURL(new RegExp(`/interactions/${ids.interaction}$`));

  // A task has no page of its own: it opens the relationship it belongs to.
  await search.fill(`samples ${run}`);
  await expect(group('Tasks')).toBeVisible();
  await option('task', taskTitle).click();
  await expect(page).toHaveURL(new RegExp(`/relationships/${ids.relationship}$`));

  await search.fill('Zyxwq Qwzyx');
  await expect(page.getByTestId('global-search-nothing')).toHaveText('Nothing found for “Zyxwq Qwzyx”.');
});

test('/ and Ctrl+K focus the search from anywhere, but not while typing in a field', async () => {
  await page.goto(`/w/${ids.workspace}/partners`);
  const search = page.getByTestId('global-search');
  await expect(page.getByTestId('partner-search')).toBeVisible();
  await page.locator('body').click({ position: { x: 600, y: 400 } });

  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');

  await search.blur();
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();

  // In another field, "/" is text.
  await page.getByTestId('partner-search').fill('a');
  await page.getByTestId('partner-search').press('/');
  await expect(page.getByTestId('partner-search')).toBeFocused();
  await expect(page.getByTestId('partner-search')).toHaveValue('a/');
  await page.getByTestId('partner-search').fill('');
});

test('? lists the keyboard shortcuts, in English and in Persian', async () => {
  await page.goto(`/w/${ids.workspace}`);
  await page.locator('body').click({ position: { x: 600, y: 400 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('shortcut')).toHaveText([
    /Search\s*\/\s*or\s*Ctrl\s*K/,
    /Log an interaction\s*L/,
    /Go to the latest notification\s*Alt\s*T/,
    /Show these shortcuts\s*\?/,
  ]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await chooseLanguage(page, 'fa');
  await page.locator('body').click({ position: { x: 600, y: 400 } });
  await page.keyboard.press('?');
  const persian = page.getByRole('dialog', { name: 'میان‌برهای صفحه‌کلید' });
  await expect(persian).toBeVisible();
  await expect(persian.getByTestId('shortcut').first()).toContainText('جستجو');
  await page.screenshot({ path: '/tmp/h-search-fa-shortcuts.png' });
  await page.keyboard.press('Escape');

  // The search results in Persian, grouped under Persian headings.
  await page.getByTestId('global-search').fill(`saffron ${run}`);
  await expect(group('سازمان‌ها')).toBeVisible();
  await expect(group('روابط')).toBeVisible();
  await expect(option('relationship', partner)).toBeVisible();
  await page.screenshot({ path: '/tmp/h-search-fa-results.png' });
  await page.getByTestId('global-search').fill('');
  await chooseLanguage(page, 'en');
});

for (const locale of ['en', 'fa'] as const) {
  test(`on a phone (390×844, ${locale}) every header control is on screen and works`, async () => {
    await page.setViewportSize(PHONE);
    try {
      await page.goto(`/w/${ids.workspace}`);
      if (locale === 'fa') await chooseLanguage(page, 'fa');
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'fa' ? 'rtl' : 'ltr');
      const header = page.locator('header');
      const controls = {
        burger: header.locator('.mantine-Burger-root'),
        quickLog: page.getByTestId('quick-log-icon'),
        search: page.getByTestId('global-search-open'),
        bell: page.getByTestId('notification-bell'),
        language: page.getByTestId('language-menu'),
        user: page.getByTestId('user-menu'),
      };
      for (const control of Object.values(controls)) await expectOnScreen(control);
      if (locale === 'fa') await page.screenshot({ path: '/tmp/h-search-fa-phone-header.png' });

      await controls.burger.click();
      await expect(page.getByTestId('main-nav')).toBeVisible();
      await expect(page.getByTestId('workspace-switcher')).toBeVisible();
      await controls.burger.click();

      await controls.bell.click();
      await expect(page.getByTestId('notification-list')).toBeVisible();
      await page.keyboard.press('Escape');

      await controls.language.click();
      await expect(page.getByTestId('language-vi')).toBeVisible();
      await page.keyboard.press('Escape');

      await controls.user.click();
      await expect(page.getByTestId('profile')).toBeVisible();
      await page.keyboard.press('Escape');

      await controls.quickLog.click();
      const log = page.getByRole('dialog');
      await expect(log).toBeVisible();
      await log.locator('.mantine-Modal-close').click();
      await expect(log).toHaveCount(0);

      // The search opens over the page, takes the typing and opens what it finds.
      await controls.search.click();
      const field = page.getByTestId('global-search');
      await expect(field).toBeFocused();
      await field.fill(`harvest review ${run}`);
      await expectOnScreen(option('interaction', subject));
      if (locale === 'fa') await page.screenshot({ path: '/tmp/h-search-fa-phone-search.png' });
      await option('interaction', subject).click();
      await expect(page).toHaveURL(new RegExp(`/interactions/${ids.interaction}$`));
      await expect(page.getByRole('dialog')).toHaveCount(0);

      // "/" on a phone opens the search too.
      await page.locator('body').click({ position: { x: 200, y: 600 } });
      await page.keyboard.press('/');
      await expect(page.getByTestId('global-search')).toBeFocused();
      await page.getByRole('dialog').locator('.mantine-Modal-close').click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    } finally {
      if (locale === 'fa') await chooseLanguage(page, 'en').catch(() => undefined);
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
}
