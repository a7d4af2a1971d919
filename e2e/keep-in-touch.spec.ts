import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, fillDate, openNav, owner, PERSIAN_DIGITS } from './helpers.js';
import type { OwnServer } from './own-server.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// Its own server and database (calendar.spec.ts uses E2E_PORT + 4), so Keep in touch lists only
// what this spec creates and the spec does not depend on the order files run in.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
const run = Date.now().toString(36).slice(-5);
// Three overdue relationships: an inner-circle one 10 days overdue comes before an occasional one
// 20 days overdue ((10 + 7) × 4 = 68 against (20 + 7) × 2 = 54), then an active one 5 days overdue (36).
const inner = { name: `Hòa Phát Steel ${run}`, purpose: 'Steel supply 2027', tier: 'inner_circle', startedDaysAgo: 24 };
const occasional = {
  name: `Ural Training ${run}`,
  purpose: 'Auditor training',
  tier: 'occasional',
  startedDaysAgo: 110,
};
const active = { name: `Saigon Logistics ${run}`, purpose: 'Port transport', tier: 'active', startedDaysAgo: 35 };
const RELATIONSHIP_URL = /\/relationships\/[0-9a-f-]{36}$/;
// The context runs in UTC, like the signed-in owner's calendar.
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

let server: OwnServer;
let page: Page;

ownServerWithOwnerPage(PORT, (p, s) => {
  page = p;
  server = s;
});

const rows = () => page.getByTestId('keep-in-touch-row');
const row = (name: string) => rows().filter({ hasText: name });

test('three relationships overdue at different tiers, made through the API', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  const headers = { 'X-CSRF-Token': me.csrfToken };
  const api = `/api/v1/w/${me.currentWorkspaceId}`;
  for (const r of [inner, occasional, active]) {
    const partner = await page.request.post(`${api}/partners`, {
      headers,
      data: { type: 'organization', name: r.name, kinds: ['supplier'] },
    });
    expect(partner.status()).toBe(201);
    const { id } = (await partner.json()) as { id: string };
    // Never contacted: the next contact is due one cadence after the start.
    const relationship = await page.request.post(`${api}/relationships`, {
      headers,
      data: {
        partnerId: id,
        purpose: r.purpose,
        tier: r.tier,
        stage: 'engagement',
        startedOn: daysAgo(r.startedDaysAgo),
      },
    });
    expect(relationship.status()).toBe(201);
  }
});

test('Keep in touch lists them by priority, inner circle first, with how overdue each is', async () => {
  await page.reload();
  await expect(page.getByTestId('keep-in-touch-badge')).toHaveText('3');
  await openNav(page, 'Keep in touch');
  await expect(page.getByRole('heading', { name: 'Keep in touch' })).toBeVisible();
  await expect(rows()).toHaveCount(3);
  await expect(page.getByTestId('keep-in-touch-group-overdue')).toHaveText('Overdue (3)');
  await expect(page.getByTestId('keep-in-touch-partner')).toHaveText([inner.name, occasional.name, active.name]);
  await expect(row(inner.name)).toContainText('Inner circle');
  await expect(row(inner.name).getByTestId('due-label')).toHaveText('Overdue by 10 days');
  await expect(row(occasional.name).getByTestId('due-label')).toHaveText('Overdue by 20 days');
  await expect(row(active.name).getByTestId('due-label')).toHaveText('Overdue by 5 days');
  await expect(row(inner.name)).toContainText('Never');
  // Owners and admins can also see the whole team's.
  await page.getByTestId('keep-in-touch-scope').getByText('Team', { exact: true }).click();
  await expect(page).toHaveURL(/scope=team/);
  await expect(page.getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  await expect(row(inner.name)).toContainText(owner.name);
  await page.getByTestId('keep-in-touch-scope').getByText('Mine', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Owner' })).toHaveCount(0);
});

test('logging an interaction from a row takes it off the list', async () => {
  await row(inner.name).getByTestId('keep-in-touch-log').click();
  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await expect(dialog).toBeVisible();
  // Filled in from the row: the partner and the relationship.
  await expect(dialog.getByTestId('interaction-partners')).toContainText(inner.name);
  await expect(dialog.getByTestId('interaction-relationships')).toContainText(inner.purpose);
  await dialog.getByRole('textbox', { name: 'Subject' }).fill(`Check-in call ${run}`);
  await dialog.getByTestId('interaction-submit').click();
  await expect(dialog).toBeHidden();
  await expect(row(inner.name)).toHaveCount(0);
  await expect(rows()).toHaveCount(2);
  await expect(page.getByTestId('keep-in-touch-badge')).toHaveText('2');
});

test('snoozing a row takes it off the list; Undo brings it back', async () => {
  await row(active.name).getByTestId('snooze-menu').click();
  await page.getByTestId('snooze-week').click();
  await expect(row(active.name)).toHaveCount(0);
  await expect(rows()).toHaveCount(1);
  const until = new Date(Date.now() + 7 * 86_400_000);
  const untilText = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(until);
  await expect(page.getByText(`${active.name} snoozed until ${untilText}.`)).toBeVisible();
  await page.getByTestId('snooze-undo').click();
  await expect(row(active.name)).toHaveCount(1);
  await expect(page.getByTestId('keep-in-touch-partner')).toHaveText([occasional.name, active.name]);
});

test('the relationship page explains its health score in words', async () => {
  await row(occasional.name).getByTestId('keep-in-touch-partner').click();
  await expect(page).toHaveURL(RELATIONSHIP_URL);
  const card = page.getByTestId('health-card');
  await expect(card.getByTestId('health-score')).toHaveText(/^\d{1,3}$/);
  await expect(card.getByTestId('health-component')).toHaveCount(5);
  // Never contacted since it started 110 days ago, with a 90-day cadence: recency keeps 27 of its 30 points.
  await expect(card.locator('[data-key="recency"]')).toContainText('Recency');
  await expect(card.locator('[data-key="recency"]')).toContainText(
    '\u22123: no contact since it started 110 days ago, cadence is 90',
  );
  await expect(card.locator('[data-key="frequency"]')).toContainText('0 contacts in the last 90 days, 1 expected');
  await expect(card.locator('[data-key="value"]')).toContainText('value not assessed yet');
  await expect(card.getByTestId('health-trend')).toBeVisible();
  const panel = page.getByTestId('keep-in-touch-panel');
  await expect(panel.getByTestId('due-label')).toHaveText('Overdue by 20 days');
});

test('a snooze from the page: a date too far is refused on the field, a good one shows and ends', async () => {
  const panel = page.getByTestId('keep-in-touch-panel');
  await panel.getByTestId('snooze-menu').click();
  await page.getByTestId('snooze-pick').click();
  const dialog = page.getByRole('dialog', { name: /^Snooze .+ until…$/ });
  await expect(dialog).toContainText(occasional.name);
  const far = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
  await fillDate(dialog.getByTestId('snooze-date'), far);
  await dialog.getByTestId('snooze-save').click();
  await expect(dialog).toContainText('Choose a date at most a year ahead.');
  await fillDate(dialog.getByTestId('snooze-date'), today);
  await dialog.getByTestId('snooze-save').click();
  await expect(dialog).toContainText('Choose a date after today.');
  const soon = new Date(Date.now() + 10 * 86_400_000);
  await fillDate(dialog.getByTestId('snooze-date'), soon.toISOString().slice(0, 10));
  await dialog.getByTestId('snooze-save').click();
  await expect(dialog).toBeHidden();
  const soonText = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(soon);
  await expect(panel.getByTestId('snoozed-until')).toHaveText(`Snoozed until ${soonText}`);
  await expect(panel.getByTestId('snooze-history-item')).toHaveCount(1);
  await panel.getByTestId('end-snooze').click();
  await expect(panel.getByTestId('snoozed-until')).toHaveCount(0);
  await expect(panel.getByTestId('snooze-history-item')).toContainText(`ended early by ${owner.name}`);
});

test('the relationship list sorts by health and shows it', async () => {
  await openNav(page, 'Relationships');
  await page.getByTestId('sort-select').click();
  await page.getByRole('option', { name: 'Health, lowest first' }).click();
  await expect(page).toHaveURL(/sort=health/);
  await expect(page.getByRole('columnheader', { name: 'Health' })).toBeVisible();
  await expect(page.getByTestId('relationship-row').first().getByTestId('health-badge')).toHaveText(/^\d{1,3}$/);
  const scores = await page
    .getByTestId('health-badge')
    .evaluateAll((badges) => badges.map((b) => Number(b.getAttribute('data-score'))));
  expect(scores).toHaveLength(3);
  expect(scores).toEqual([...scores].sort((a, b) => a - b));
});

test('reminder choices are saved per kind and channel', async () => {
  await openNav(page, 'My reminders');
  const email = page.getByRole('switch', { name: 'A task is assigned to me: by email' });
  await expect(email).not.toBeChecked();
  await expect(page.getByRole('switch', { name: 'Daily digest: by email' })).toBeChecked();
  await email.check({ force: true });
  await page.getByTestId('reminders-save').click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('switch', { name: 'A task is assigned to me: by email' })).toBeChecked();
});

test('an unsubscribe link that is not valid says so, without signing in', async ({ browser }) => {
  const guest = await browser.newContext({ baseURL: server.baseURL, locale: 'en-US' });
  const tab = await guest.newPage();
  await tab.goto('/unsubscribe?token=not-a-token');
  await expect(tab.getByTestId('unsubscribe-invalid')).toContainText('This unsubscribe link is not valid.');
  await guest.close();
});

test('in Persian Keep in touch is right to left, translated, with Persian digits', async () => {
  await openNav(page, 'Keep in touch');
  await chooseLanguage(page, 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'در ارتباط ماندن' })).toBeVisible();
  await expect(page.getByTestId('keep-in-touch-group-overdue')).toContainText('عقب‌افتاده');
  await expect(row(occasional.name).getByTestId('due-label')).toHaveText('۲۰ روز عقب‌افتاده');
  await expect(row(occasional.name)).toContainText(PERSIAN_DIGITS);
  await expect(row(occasional.name).getByTestId('keep-in-touch-log')).toHaveText('ثبت تعامل');
  await chooseLanguage(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
