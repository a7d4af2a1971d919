import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, owner, signIn } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// Its own server and database (first-hour.spec.ts uses E2E_PORT + 11), so the owner's saved
// colour scheme starts as the default and nothing another spec chose leaks in.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 13;
const partnerName = 'شرکت فولاد مبارکه';

let page: Page;
let partnerPath = '';

ownServerWithOwnerPage(PORT, (p) => {
  page = p;
});

const html = () => page.locator('html');
const themeButton = () => page.getByTestId('theme-menu');
const savedScheme = async () =>
  ((await (await page.request.get('/api/v1/me')).json()) as { user: { colorScheme: string } }).user.colorScheme;

/** Opens the theme menu and picks a scheme; signed in, waits for the account to save it. */
async function pickTheme(name: 'System' | 'Light' | 'Dark', saves: boolean): Promise<void> {
  await themeButton().click();
  const item = page.getByRole('menuitemradio', { name });
  await expect(item).toBeVisible();
  if (!saves) return item.click();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
  await item.click();
  expect((await saved).status()).toBe(200);
}

test('a partner with some history to look at, made through the API', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  const headers = { 'X-CSRF-Token': me.csrfToken };
  const api = `/api/v1/w/${me.currentWorkspaceId}`;
  const partner = await page.request.post(`${api}/partners`, {
    headers,
    data: { type: 'organization', name: partnerName, kinds: ['supplier'] },
  });
  expect(partner.status()).toBe(201);
  const { id } = (await partner.json()) as { id: string };
  const logged = await page.request.post(`${api}/interactions`, {
    headers,
    data: { kind: 'meeting', subject: 'قرارداد تأمین ورق', notes: 'قیمت‌ها برای سه ماه آینده', partnerIds: [id] },
  });
  expect(logged.status()).toBe(201);
  partnerPath = `/w/${me.currentWorkspaceId}/partners/${id}`;
});

test('with no choice made the app follows a dark system setting', async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'dark');
  // Mantine's dark body, not only the attribute.
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(36, 36, 36)');
  expect(await savedScheme()).toBe('system');
  // The button is named with the current choice (its name holds what it shows).
  await expect(themeButton()).toHaveAccessibleName('Theme: System');
  await themeButton().click();
  await expect(page.getByRole('menuitemradio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Escape');
});

test('choosing Light is saved to the account and wins over the system and this device', async () => {
  await pickTheme('Light', true);
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'light');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(themeButton()).toHaveAccessibleName('Theme: Light');
  expect(await savedScheme()).toBe('light');

  await page.reload();
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'light');
  // Another device's last choice (here: this one's storage set to dark) gives way to the account's.
  await page.evaluate(() => window.localStorage.setItem('mantine-color-scheme-value', 'dark'));
  await page.reload();
  await expect(themeButton()).toHaveAccessibleName('Theme: Light');
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('signed out, the last choice stays on the device and a new one is not sent anywhere', async () => {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'light');

  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH') patches.push(r.url());
  });
  await pickTheme('Dark', false);
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(themeButton()).toHaveAccessibleName('Theme: Dark');
  expect(patches).toEqual([]);

  // Signing in brings the account's choice back.
  await signIn(page, owner.email, owner.password);
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'light');
  expect(await savedScheme()).toBe('light');
});

test('choosing System follows the dark system setting again', async () => {
  await pickTheme('System', true);
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(await savedScheme()).toBe('system');
  await page.reload();
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'dark');
  // And the system turning light is followed at once.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'dark');
});

test('in Persian and dark: home, partners and a partner page, right to left', async () => {
  await chooseLanguage(page, 'fa');
  await expect(html()).toHaveAttribute('dir', 'rtl');
  await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(themeButton()).toHaveAccessibleName('پوسته: مطابق سیستم');

  const workspace = partnerPath.split('/partners/')[0] ?? '';
  const shots: [string, string, string][] = [
    ['home', workspace, 'dark-fa-home.png'],
    ['partners', `${workspace}/partners`, 'dark-fa-partners.png'],
    ['partner', partnerPath, 'dark-fa-partner.png'],
  ];
  for (const [name, path, file] of shots) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    if (name !== 'home') await expect(page.getByText(partnerName).first()).toBeVisible();
    if (name === 'partner') await expect(page.getByText('قرارداد تأمین ورق').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: test.info().outputPath(file), fullPage: true });
  }
});

test('with reduced motion asked for, transitions and animations are off', async () => {
  // Mantine's text fields ease their border colour in on focus: 100 ms, by default.
  const field = page.locator('.mantine-Input-input').first();
  const fieldMotion = () => field.evaluate((el) => getComputedStyle(el).transitionDuration);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'no-preference' });
  expect(await fieldMotion()).toBe('0.1s');

  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  expect(await fieldMotion()).toBe('0s');
  await expect(html()).toHaveAttribute('data-respect-reduced-motion', 'true');
  // A menu opens without its fade: the dropdown carries no transition, and nothing animates.
  await themeButton().click();
  const dropdown = page.getByRole('menu');
  await expect(dropdown).toBeVisible();
  expect(await dropdown.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  expect(await dropdown.evaluate((el) => getComputedStyle(el).animationDuration)).toMatch(/^(0s|1e-05s)$/);
  await page.keyboard.press('Escape');
});

test('the page is painted in the right scheme before the app itself has loaded', async () => {
  // The app's code never arrives: what colours the page is public/color-scheme.js alone.
  await page.route('**/assets/**', (route) => route.abort());
  try {
    await page.evaluate(() => window.localStorage.removeItem('mantine-color-scheme-value'));
    await page.goto('/sign-in');
    await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.evaluate(() => window.localStorage.setItem('mantine-color-scheme-value', 'light'));
    await page.goto('/sign-in');
    await expect(html()).toHaveAttribute('data-mantine-color-scheme', 'light');
    await expect(page.getByTestId('theme-menu')).toHaveCount(0);
  } finally {
    await page.unroute('**/assets/**');
  }
});
