import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseLanguage, owner, WORKSPACE_URL } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';
import type { OwnServer } from './own-server.js';

// Keyboard and screen reader: a whole task by keyboard alone, the skip link, focus when pages
// and dialogs open and close, the toasts' live regions. Its own server, so the board holds only
// what this spec makes.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 14;
const run = Date.now().toString(36).slice(-5);
const partner = `Keyboard Tea House ${run}`;
const subject = `Tasting by keyboard ${run}`;
const toastPartner = `Toast Spices ${run}`;

let page: Page;
let server: OwnServer;
let workspace = '';

ownServerWithOwnerPage(PORT, (p, s) => {
  page = p;
  server = s;
});

interface Me {
  csrfToken: string;
  currentWorkspaceId: string;
}

async function me(p: Page): Promise<Me> {
  return (await (await p.request.get('/api/v1/me')).json()) as Me;
}

async function post(p: Page, path: string, data: Record<string, unknown>): Promise<string> {
  const session = await me(p);
  const response = await p.request.post(`/api/v1/w/${session.currentWorkspaceId}${path}`, {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data,
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test.beforeAll(async () => {
  workspace = (await me(page)).currentWorkspaceId;
});

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement, null, { timeout: 500 }).catch(() => false);
}

/**
 * Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user does, and fails if it
 * is not reached within `max` presses.
 */
async function tabTo(p: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  await target.first().waitFor();
  for (let i = 0; i < max && !(await isFocused(target)); i += 1) await p.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  await expect(target).toBeFocused();
}

test('a whole task by keyboard alone: sign in, skip link, new partner, log an interaction, move a stage', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({
    baseURL: server.baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1440, height: 900 },
  });
  const kb = await context.newPage();
  const main = kb.locator('#main');
  const nav = kb.getByTestId('main-nav');

  // Sign in: the email field has focus when the page opens; Tab to the password; Enter sends.
  await kb.goto('/sign-in');
  await expect(kb.getByLabel('Email')).toBeFocused();
  await kb.keyboard.type(owner.email);
  await kb.keyboard.press('Tab');
  await expect(kb.getByRole('textbox', { name: 'Password', exact: true })).toBeFocused();
  await kb.keyboard.type(owner.password);
  await kb.keyboard.press('Enter');
  await expect(kb).toHaveURL(WORKSPACE_URL);
  await expect(kb.getByRole('heading', { level: 1, name: `Welcome, ${owner.name}` })).toBeVisible();

  // The app opens with focus at the start: the first Tab reaches the skip link, Enter goes to the page.
  await kb.keyboard.press('Tab');
  const skip = kb.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await kb.keyboard.press('Enter');
  await expect(main).toBeFocused();

  // Back into the navigation (just before the page), to Partners; the new page's heading has focus.
  await tabTo(kb, nav.getByRole('link', { name: 'Partners', exact: true }), { back: true });
  await kb.keyboard.press('Enter');
  await expect(kb).toHaveURL(/\/partners$/);
  await expect(kb.getByRole('heading', { level: 1, name: 'Partners' })).toBeFocused();

  // New partner: its first field, the name, has focus when the form opens; Enter saves.
  await tabTo(kb, main.getByRole('link', { name: 'New partner' }));
  await kb.keyboard.press('Enter');
  await expect(kb).toHaveURL(/\/partners\/new$/);
  await expect(kb.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await kb.keyboard.type(partner);
  await kb.keyboard.press('Enter');
  await expect(kb).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  const heading = kb.getByRole('heading', { level: 1, name: partner });
  await expect(heading).toBeFocused();
  const partnerUrl = kb.url();
  const partnerId = partnerUrl.split('/').pop() as string;

  // Log an interaction with the L shortcut: the dialog takes focus, is prefilled with the partner;
  // Enter in the subject saves; focus comes back to the heading it left.
  await kb.keyboard.press('l');
  const dialog = kb.getByRole('dialog', { name: 'Log interaction' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('interaction-partners')).toContainText(partner);
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await tabTo(kb, dialog.getByRole('textbox', { name: 'Subject' }));
  await kb.keyboard.type(subject);
  await kb.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(heading).toBeFocused();
  await expect(kb.getByTestId('timeline-item').filter({ hasText: subject })).toBeVisible();

  // Move a relationship (made through the API) one stage on the board: Space, ArrowRight, Space.
  const relationshipId = await post(kb, '/relationships', { partnerId, purpose: `Keyboard tea ${run}` });
  await tabTo(kb, nav.getByRole('link', { name: 'Pipeline', exact: true }), { back: true, max: 80 });
  await kb.keyboard.press('Enter');
  await expect(kb.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeFocused();
  const card = kb.getByTestId('board-card').filter({ hasText: partner });
  await expect(
    kb.locator('[data-testid="board-column"][data-column="formation"]').getByTestId('board-card'),
  ).toContainText(partner);
  await tabTo(kb, card.getByTestId('drag-handle'), { max: 80 });
  const live = kb.locator('[id^="DndLiveRegion"]');
  await kb.keyboard.press('Space');
  await expect(live).toHaveText(`Picked up ${partner} in Formation.`);
  await kb.keyboard.press('ArrowRight');
  await expect(live).toHaveText(`${partner} is over Planning.`);
  await kb.keyboard.press('Space');
  await expect(live).toHaveText(`${partner} was dropped on Planning.`);
  // Formation's checklist is not ticked: the dialog asks, with focus in it; Tab to the move, Enter.
  const ask = kb.getByRole('dialog', { name: 'Checklist items are still open' });
  await expect(ask).toBeVisible();
  await expect(ask.locator(':focus')).toHaveCount(1);
  await tabTo(kb, ask.getByRole('button', { name: 'Skip them and move' }));
  await kb.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(card.getByTestId('drag-handle')).toBeFocused();
  await expect(
    kb.locator('[data-testid="board-column"][data-column="planning"]').getByTestId('board-card'),
  ).toContainText(partner);

  // What the walk made, as the server has it.
  const api = `/api/v1/w/${workspace}`;
  const relationship = (await (await kb.request.get(`${api}/relationships/${relationshipId}`)).json()) as {
    stage: string;
  };
  expect(relationship.stage).toBe('planning');
  const found = (await (await kb.request.get(`${api}/partners?q=${encodeURIComponent(partner)}`)).json()) as {
    items: { id: string }[];
  };
  expect(found.items.map((p) => p.id)).toEqual([partnerId]);
  await context.close();
});

test('the skip link is the first stop of Tab and moves focus to the main area, in English and Persian', async () => {
  await page.goto(`/w/${workspace}/partners`);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  const skip = page.getByTestId('skip-link');
  // Out of sight (a 1-pixel clip) until focused.
  expect((await skip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('Skip to content');
  expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(40);
  await page.screenshot({ path: '/tmp/h-keyboard-skip-en.png' });
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // The next Tab goes into the page, not back to the header.
  await page.keyboard.press('Tab');
  await expect(page.locator('#main :focus')).toHaveCount(1);

  // Signed out too: the sign-in page's skip link comes before the language and theme menus.
  const guest = await page.context().browser()!.newContext({ baseURL: server.baseURL, locale: 'en-US' });
  const signIn = await guest.newPage();
  await signIn.goto('/sign-in');
  await expect(signIn.getByLabel('Email')).toBeFocused();
  await signIn.keyboard.press('Shift+Tab');
  await expect(signIn.getByTestId('theme-menu')).toBeFocused();
  await signIn.keyboard.press('Shift+Tab');
  await expect(signIn.getByTestId('language-menu')).toBeFocused();
  await signIn.keyboard.press('Shift+Tab');
  await expect(signIn.getByTestId('skip-link')).toBeFocused();
  await signIn.keyboard.press('Enter');
  await expect(signIn.locator('#main')).toBeFocused();
  await guest.close();

  await chooseLanguage(page, 'fa');
  await page.goto(`/w/${workspace}/partners`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('رفتن به محتوای اصلی');
  // At the right-hand corner, where a right-to-left page starts.
  const box = await skip.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(1360 - 40);
  await page.screenshot({ path: '/tmp/h-keyboard-skip-fa.png' });
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await chooseLanguage(page, 'en');
});

test('focus returns to the opener when the quick-log dialog closes with Escape', async () => {
  await page.goto(`/w/${workspace}/partners`);
  const button = page.getByTestId('quick-log');
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await expect(dialog).toBeVisible();
  // Focus starts in the partners picker, whose list the first Escape closes; the second, the dialog.
  await expect(dialog.getByTestId('interaction-partners').locator('input')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();

  // Opened by its shortcut from elsewhere on the page (the New partner link): back there. (Not the
  // heading: after a full load it is not focusable, as no page-open focus has made it so.)
  const opener = page.getByRole('main').getByRole('link', { name: 'New partner' });
  await opener.focus();
  await expect(opener).toBeFocused();
  await page.keyboard.press('l');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('interaction-partners').locator('input')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // The shortcuts dialog, opened with "?", likewise.
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('typing in the partners filter changes only the query: focus stays in the filter', async () => {
  await page.goto(`/w/${workspace}/partners`);
  const search = page.getByTestId('partner-search');
  await search.focus();
  await page.keyboard.type('Tea');
  await expect(page).toHaveURL(/q=Tea/);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('Tea');
});

test('toasts are live regions: saved and undo polite, errors alerts; Alt+T reaches Undo', async () => {
  const id = await post(page, '/partners', { type: 'organization', name: toastPartner });
  const partnerUrl = `/w/${workspace}/partners/${id}`;

  // Saved: a polite status.
  await page.goto(`${partnerUrl}/edit`);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Ltd');
  await page.keyboard.press('Enter');
  const saved = page.locator('[data-toast]').filter({ hasText: 'Saved.' });
  await expect(saved).toHaveAttribute('role', 'status');
  await expect(saved).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('heading', { level: 1, name: `${toastPartner} Ltd` })).toBeFocused();

  // Deleted, with Undo: a polite status whose button Alt+T reaches.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  const undo = page.getByTestId('undo-delete');
  const undoToast = page.locator('[data-toast]').filter({ has: undo });
  await expect(undoToast).toHaveAttribute('role', 'status');
  await expect(undoToast).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeFocused();
  await page.keyboard.press('Alt+t');
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${partnerUrl}$`));
  await expect(page.getByRole('heading', { level: 1, name: `${toastPartner} Ltd` })).toBeVisible();

  // A refused undo: the error is an alert.
  await page.route('**/restore', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title: 'Internal error', status: 500, code: 'internal' }),
    }),
  );
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(undo).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeFocused();
  await page.keyboard.press('Alt+t');
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  const error = page.locator('[data-toast][role="alert"]');
  await expect(error).toHaveCount(1);
  await expect(error).toHaveAttribute('aria-live', 'assertive');
  await page.unroute('**/restore');
});

test('the calendar by keyboard: a day logs a meeting on Enter, a meeting opens on Enter', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const meeting = `Calendar by keyboard ${run}`;
  const partnerId = await post(page, '/partners', { type: 'organization', name: `Keyboard Calendar ${run}` });
  const interactionId = await post(page, '/interactions', {
    kind: 'meeting',
    isMeeting: true,
    partnerIds: [partnerId],
    subject: meeting,
    occurredAt: `${today}T00:05:00.000Z`,
  });
  await page.goto(`/w/${workspace}/calendar`);
  const cell = page.locator(`[data-testid="calendar-day"][data-day="${today}"]`);
  const day = cell.getByTestId('calendar-day-number');
  await expect(cell.getByTestId('calendar-meeting')).toContainText(meeting);

  // Tab reaches the day; Enter logs a meeting on it; Escape closes the dialog and focus is back.
  await tabTo(page, day, { max: 120 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await expect(dialog.getByTestId('interaction-when')).toHaveAttribute('data-value', `${today}T09:00`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(day).toBeFocused();

  // The day's meeting is the next Tab stop; Enter opens it, its heading focused.
  await page.keyboard.press('Tab');
  await expect(cell.getByTestId('calendar-meeting')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/interactions/${interactionId}$`));
  await expect(page.getByRole('heading', { level: 1, name: meeting })).toBeFocused();
});
