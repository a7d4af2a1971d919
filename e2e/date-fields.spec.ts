import {
  CalendarDate,
  GregorianCalendar,
  PersianCalendar,
  toCalendar,
  today as todayIn,
} from '@internationalized/date';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseLanguage, clearDatePart, PERSIAN_DIGITS, persianDigits, typeDateParts } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// Its own server and database (keep-in-touch.spec.ts uses E2E_PORT + 5), so the interactions it
// counts are only the ones it logs.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const run = Date.now().toString(36).slice(-5);
const org = `Vinamilk ${run}`;

let page: Page;
let api = '';
let partnerUrl = '';

ownServerWithOwnerPage(PORT, (p) => {
  page = p;
});

// The Mantine root holds the dialog; the calendar popover (also a dialog) is outside it.
const logDialog = () => page.getByTestId('log-interaction').getByRole('dialog');
const when = () => logDialog().getByTestId('interaction-when');
const segment = (field: Locator, type: string) => field.locator(`[role="spinbutton"][data-type="${type}"]`);

/** The interactions logged about the partner, as the API has them. */
async function logged(): Promise<{ subject: string; occurredAt: string }[]> {
  const response = await page.request.get(`${api}/interactions?partner=${partnerUrl.split('/').pop()}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: { subject: string; occurredAt: string }[] }).items;
}

/** Opens "log interaction" on the partner's page, so the partner is already chosen. */
async function openLog(): Promise<void> {
  await page.goto(partnerUrl);
  // Once the page shows the partner, the dialog opens with the partner chosen.
  await expect(page.getByRole('heading', { name: org })).toBeVisible();
  await page.keyboard.press('l');
  await expect(logDialog()).toBeVisible();
}

test('a partner to log interactions about, made through the API', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  api = `/api/v1/w/${me.currentWorkspaceId}`;
  const response = await page.request.post(`${api}/partners`, {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: { type: 'organization', name: org },
  });
  expect(response.status()).toBe(201);
  partnerUrl = `/w/${me.currentWorkspaceId}/partners/${((await response.json()) as { id: string }).id}`;
});

test('in Persian the date is Solar Hijri in Persian digits, and a typed or picked date saves in Gregorian', async () => {
  await page.goto(partnerUrl);
  await chooseLanguage(page, 'fa');
  await openLog();
  const field = when();
  const now = toCalendar(todayIn('UTC'), new PersianCalendar());
  await expect(segment(field, 'year')).toHaveText(persianDigits(now.year));
  await expect(segment(field, 'month')).toHaveText(PERSIAN_DIGITS);
  // The label names the field for assistive technology.
  await expect(logDialog().getByRole('group', { name: 'تاریخ و ساعت' })).toBeVisible();
  await field.screenshot({ path: '/tmp/h-dates-fa-field.png' });

  // Picking the 10th in the popover's month (the current Solar Hijri month) keeps the time.
  const time = (await field.getAttribute('data-value'))?.slice(10);
  await field.getByRole('button', { name: 'باز کردن تقویم' }).click();
  const calendar = page.getByTestId('date-field-calendar');
  await expect(calendar.getByRole('heading')).toContainText(persianDigits(now.year));
  await page.screenshot({ path: '/tmp/h-dates-fa-calendar.png' });
  await calendar.getByRole('gridcell').getByText(persianDigits(10), { exact: true }).click();
  await expect(calendar).toBeHidden();
  const tenthIso = toCalendar(
    new CalendarDate(new PersianCalendar(), now.year, now.month, 10),
    new GregorianCalendar(),
  );
  await expect(field).toHaveAttribute('data-value', `${tenthIso.toString()}${time}`);

  // Nowruz 1404, typed: the first day of Farvardin is 21 March 2025.
  await typeDateParts(field, { year: 1404, month: 1, day: 1, hour: 9, minute: 30 }, persianDigits);
  await expect(field).toHaveAttribute('data-value', '2025-03-21T09:30');
  await logDialog().getByTestId('interaction-subject').fill(`Nowruz call ${run}`);
  await logDialog().getByTestId('interaction-submit').click();
  await expect(logDialog()).toBeHidden();
  expect((await logged()).find((i) => i.subject === `Nowruz call ${run}`)?.occurredAt).toBe('2025-03-21T09:30:00.000Z');
});

test('in Vietnamese the date field reads day first', async () => {
  await chooseLanguage(page, 'vi');
  await openLog();
  // The picker's code loads with the first date field: wait for its segments before reading them.
  await expect(segment(when(), 'year')).toBeVisible();
  const types = await when()
    .locator('[role="spinbutton"]')
    .evaluateAll((segments) => segments.map((s) => s.getAttribute('data-type')));
  // Vietnamese writes the time first, then the date day first.
  expect(types).toEqual(['hour', 'minute', 'day', 'month', 'year']);
  await typeDateParts(when(), { year: 2025, month: 3, day: 21 });
  await expect(when().getByRole('group')).toContainText('21/03/2025');
  await when().screenshot({ path: '/tmp/h-dates-vi-field.png' });
  await page.keyboard.press('Escape');
  await expect(logDialog().getByTestId('confirm-discard')).toBeVisible();
  await logDialog().getByTestId('confirm-discard-yes').click();
  await expect(logDialog()).toBeHidden();
});

test('quick log: a cleared date is an error on the field and nothing is saved', async () => {
  const before = (await logged()).length;
  await openLog();
  await clearDatePart(when(), 'day');
  await expect(when()).toHaveAttribute('data-value', '');
  await logDialog().getByTestId('interaction-submit').click();
  await expect(when()).toContainText('Hãy nhập thời điểm diễn ra.');
  await expect(segment(when(), 'month')).toHaveAttribute('aria-invalid', 'true');
  await expect(logDialog()).toBeVisible();
  expect(await logged()).toHaveLength(before);
  await page.screenshot({ path: '/tmp/h-dates-vi-required.png' });
  await logDialog().getByRole('button', { name: 'Đóng' }).click();
  await logDialog().getByTestId('confirm-discard-yes').click();
  await expect(logDialog()).toBeHidden();
});

test('quick log: a date years ahead asks before it is saved', async () => {
  await chooseLanguage(page, 'en');
  await openLog();
  const year = new Date().getUTCFullYear() + 3;
  await typeDateParts(when(), { year });
  await logDialog().getByTestId('interaction-subject').fill(`Far call ${run}`);
  await logDialog().getByTestId('interaction-submit').click();
  const confirm = logDialog().getByTestId('confirm-far-future');
  await expect(confirm).toContainText('This date is more than a year from now. Log it anyway?');
  await confirm.getByRole('button', { name: 'Change the date' }).click();
  await expect(confirm).toBeHidden();
  expect((await logged()).some((i) => i.subject === `Far call ${run}`)).toBe(false);
  await logDialog().getByTestId('interaction-submit').click();
  await logDialog().getByTestId('confirm-far-future-yes').click();
  await expect(logDialog()).toBeHidden();
  const saved = (await logged()).find((i) => i.subject === `Far call ${run}`);
  expect(saved?.occurredAt.slice(0, 4)).toBe(String(year));
});

test('quick log: Escape with typed content asks before discarding; with nothing typed it just closes', async () => {
  await openLog();
  await page.keyboard.press('Escape');
  await expect(logDialog()).toBeHidden();

  await openLog();
  await logDialog().getByTestId('interaction-subject').fill('Half written');
  await page.keyboard.press('Escape');
  const confirm = logDialog().getByTestId('confirm-discard');
  await expect(confirm).toContainText('Discard what you typed?');
  await confirm.getByRole('button', { name: 'Keep editing' }).click();
  await expect(logDialog().getByTestId('interaction-subject')).toHaveValue('Half written');
  await page.keyboard.press('Escape');
  await logDialog().getByTestId('confirm-discard-yes').click();
  await expect(logDialog()).toBeHidden();
  expect((await logged()).some((i) => i.subject === 'Half written')).toBe(false);
});
