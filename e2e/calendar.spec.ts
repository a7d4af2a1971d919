import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseLanguage, openNav, PERSIAN_DIGITS } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// Its own server and database (interactions.spec.ts uses E2E_PORT + 3), so the calendar holds only
// what this spec creates and the spec does not depend on the order files run in.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 4;
const run = Date.now().toString(36).slice(-5);
const org = `Hòa Phát Steel ${run}`;
const an = `Nguyễn Văn An ${run}`;
const olga = `Ольга Петрова ${run}`;
const anEmail = `an.${run}@hoaphat.example`;
const meeting = `Price review ${run}`;
const series = `Weekly progress ${run}`;
const videoLink = `https://meet.example.com/price-${run}`;
const room = `Phòng họp 3, tầng 2; Hà Nội ${run}`;
const INTERACTION_URL = /\/interactions\/[0-9a-f-]{36}$/;
const SERIES_URL = /\/calendar\/series\/[0-9a-f-]{36}$/;
// The context runs in UTC, like the signed-in owner's calendar.
const today = new Date().toISOString().slice(0, 10);
const noon = new Date(`${today}T12:00:00Z`);

let page: Page;
let api = '';
let csrf = '';

ownServerWithOwnerPage(PORT, (p) => {
  page = p;
});

const dayCell = (day: string) => page.locator(`[data-testid="calendar-day"][data-day="${day}"]`);
const seriesChips = () => page.getByTestId('calendar-meeting').and(page.locator('[data-series="true"]'));

/** Types into a search-as-you-type picker and takes the option that appears. */
async function pick(scope: Locator, label: string, text: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).fill(text);
  await page.getByRole('option', { name: new RegExp(text) }).click();
}

test('an organisation and two people, made through the API', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  csrf = me.csrfToken;
  api = `/api/v1/w/${me.currentWorkspaceId}`;
  for (const data of [
    { type: 'organization', name: org, kinds: ['supplier'] },
    { type: 'person', name: an, contacts: [{ channel: 'email', value: anEmail }] },
    { type: 'person', name: olga },
  ]) {
    const response = await page.request.post(`${api}/partners`, { headers: { 'X-CSRF-Token': csrf }, data });
    expect(response.status()).toBe(201);
  }
});

test('a day of the month logs a meeting on it, seen in the month and the week', async () => {
  await openNav(page, 'Calendar');
  const title = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon);
  await expect(page.getByTestId('calendar-title')).toHaveText(title);
  // English weeks start on Monday.
  await expect(page.getByRole('columnheader').first()).toHaveText('Mon');
  await dayCell(today).getByTestId('calendar-day-number').click();

  const dialog = page.getByRole('dialog', { name: 'Log interaction' });
  await expect(dialog.getByRole('combobox', { name: 'Kind' })).toHaveValue('In-person meeting');
  await expect(dialog.getByRole('switch', { name: 'Meeting' })).toBeChecked();
  await expect(dialog.getByTestId('interaction-when')).toHaveAttribute('data-value', `${today}T09:00`);
  await pick(dialog, 'Partners', org);
  await dialog.getByRole('textbox', { name: 'Subject' }).fill(meeting);
  await dialog.getByRole('textbox', { name: 'Duration (minutes)' }).fill('90');
  await dialog.getByRole('textbox', { name: 'Location' }).fill(videoLink);
  await dialog.getByTestId('interaction-submit').click();
  await expect(dialog).toBeHidden();

  await expect(dayCell(today).getByTestId('calendar-meeting')).toContainText(meeting);
  await expect(dayCell(today).getByTestId('calendar-meeting')).toContainText(/0?9:00/);
  await page.getByTestId('calendar-view').getByText('Week', { exact: true }).click();
  await expect(page).toHaveURL(/view=week/);
  const column = page.locator(`[data-testid="calendar-week-column"][data-day="${today}"]`);
  await expect(column.getByTestId('calendar-meeting')).toContainText(/0?9:00\s*–\s*10:30/);
  await expect(column.getByTestId('calendar-meeting')).toContainText(meeting);
  await column.getByTestId('calendar-meeting').click();
  await expect(page).toHaveURL(INTERACTION_URL);
  await expect(page.getByTestId('interaction-title')).toHaveText(meeting);
  // A video link opens in a new tab.
  const link = page.getByTestId('meeting-location').getByRole('link');
  await expect(link).toHaveAttribute('href', videoLink);
  await expect(link).toHaveAttribute('target', '_blank');
});

test('the meeting downloads as an .ics invitation and takes attachments, refusing a program', async () => {
  const ics = page.waitForEvent('download');
  await page.getByTestId('download-ics').click();
  const invitation = await ics;
  expect(invitation.suggestedFilename()).toBe(`${meeting}.ics`);
  const text = readFileSync((await invitation.path()) ?? '', 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain(`SUMMARY:${meeting}`);
  expect(text.replace(/\r\n /g, '')).toContain(`LOCATION:${videoLink}`);

  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('attachment-add').click();
  await (
    await chooser
  ).setFiles([
    { name: 'Hợp đồng 2027.txt', mimeType: 'text/plain', buffer: Buffer.from('Prices stay the same in 2027.\n') },
    {
      name: 'setup.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]),
    },
  ]);
  await expect(page.getByTestId('attachment')).toHaveCount(1);
  await expect(page.getByTestId('attachment')).toContainText('Hợp đồng 2027.txt');
  await expect(page.getByTestId('attachment-error')).toContainText(
    'setup.exe was not attached: files of this type cannot be attached.',
  );

  const file = page.waitForEvent('download');
  await page.getByTestId('attachment-link').click();
  const download = await file;
  expect(download.suggestedFilename()).toBe('Hợp đồng 2027.txt');
  expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe('Prices stay the same in 2027.\n');
});

test('a weekly series shows its occurrences on the series page and the calendar; edited, then stopped', async () => {
  await openNav(page, 'Calendar');
  await page.getByTestId('new-series').click();
  const dialog = page.getByRole('dialog', { name: 'New recurring meeting' });
  await dialog.getByTestId('series-subject').fill(series);
  await dialog.getByTestId('series-location').fill(room);
  await expect(dialog.getByRole('combobox', { name: 'Repeats' })).toHaveValue('Weekly');
  await pick(dialog, 'Partners', org);
  await dialog.getByRole('button', { name: 'Add agenda item' }).click();
  await dialog.getByRole('textbox', { name: 'Agenda item' }).fill('Progress against the plan');
  await dialog.getByTestId('series-submit').click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('series-created-link').click();

  await expect(page).toHaveURL(SERIES_URL);
  await expect(page.getByTestId('series-title')).toHaveText(series);
  await expect(page.getByTestId('series-recurrence-text')).toHaveText('Every week · until stopped');
  await expect(page.getByTestId('series-next-item')).toHaveCount(5);
  // The next 90 days are scheduled at once: 12 or 13 weekly meetings.
  await expect.poll(() => page.getByTestId('series-occurrence').count()).toBeGreaterThanOrEqual(12);
  await expect(page.getByTestId('series-agenda')).toContainText('Progress against the plan');
  // The place is the series' and each occurrence's; an address is text, not a link.
  await expect(page.getByTestId('meeting-location')).toContainText(room);
  await expect(page.getByTestId('meeting-location').getByRole('link')).toHaveCount(0);

  await page.getByTestId('series-edit').click();
  const edit = page.getByRole('dialog', { name: 'Edit recurring meeting' });
  await edit.getByTestId('series-subject').fill(`${series} (renamed)`);
  await edit.getByTestId('series-submit').click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('series-title')).toHaveText(`${series} (renamed)`);
  await expect(page.getByTestId('series-occurrence').first()).toContainText(`${series} (renamed)`);
  const seriesPath = new URL(page.url()).pathname;

  // A whole month ahead is inside the 90 days: four or five meetings.
  await openNav(page, 'Calendar');
  await page.getByTestId('calendar-next').click();
  await expect.poll(() => seriesChips().count()).toBeGreaterThanOrEqual(4);
  await expect(seriesChips().first()).toContainText(`${series} (renamed)`);

  await page.goto(seriesPath);
  await page.getByTestId('series-stop').click();
  await page.getByTestId('series-stop-confirm').click();
  await expect(page.getByText('Stopped', { exact: true })).toBeVisible();
  await expect(page.getByText('No more meetings are scheduled.')).toBeVisible();
  await openNav(page, 'Calendar');
  await page.getByTestId('calendar-next').click();
  await expect(page.getByTestId('calendar-day').first()).toBeVisible();
  await expect(seriesChips()).toHaveCount(0);
});

test('in Persian the month is a Solar Hijri month, weeks start on Saturday, right to left', async () => {
  await page.goto(new URL(page.url()).pathname);
  await chooseLanguage(page, 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const month = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { month: 'long', timeZone: 'UTC' }).format(noon);
  await page.getByTestId('calendar-today').click();
  await expect(page.getByTestId('calendar-page')).toHaveAttribute('data-calendar', 'persian');
  await expect(page.getByTestId('calendar-title')).toContainText(month);
  await expect(page.getByTestId('calendar-title')).toContainText(PERSIAN_DIGITS);
  await expect(page.getByRole('columnheader').first()).toHaveText('شنبه');
  // The first day of the Persian month is the grid's first day in the month.
  const first = await page
    .locator('[data-testid="calendar-day"][data-in-month="true"]')
    .first()
    .getAttribute('data-day');
  expect(
    new Intl.DateTimeFormat('en-u-ca-persian', { day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${first}T12:00:00Z`),
    ),
  ).toBe('1');
  await expect(dayCell(today).getByTestId('calendar-meeting')).toContainText(meeting);

  // The meeting form with a place written in Persian, and the meeting's page with its link.
  await dayCell(today).getByTestId('calendar-day-number').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('meeting-location-input').fill('تهران، خیابان ولیعصر، پلاک ۱۲');
  await expect(dialog.getByTestId('meeting-fields')).toContainText('نشانی یا پیوند تماس تصویری');
  await dialog.getByTestId('meeting-location-input').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/h-cal-fa-meeting-form.png' });
  // A place was typed, so closing asks first.
  await page.keyboard.press('Escape');
  await dialog.getByTestId('confirm-discard-yes').click();
  await expect(dialog).toBeHidden();
  await dayCell(today).getByTestId('calendar-meeting').click();
  await expect(page.getByTestId('meeting-location')).toContainText('مکان');
  await page.screenshot({ path: '/tmp/h-cal-fa-meeting-page.png' });
  await page.goBack();
  await page.getByTestId('new-series').click();
  const seriesForm = page.getByRole('dialog');
  await seriesForm.getByTestId('series-location').fill('https://meet.example.com/abc-defg-hij');
  await page.screenshot({ path: '/tmp/h-cal-fa-series-form.png' });
  await page.keyboard.press('Escape');
  await expect(seriesForm).toBeHidden();

  await page.getByTestId('calendar-view').getByText('هفته', { exact: true }).click();
  await expect(page.getByTestId('calendar-title')).toContainText(PERSIAN_DIGITS);
  await expect(
    page.locator(`[data-testid="calendar-week-column"][data-day="${today}"]`).getByTestId('calendar-meeting'),
  ).toContainText(meeting);
  await page.screenshot({ path: '/tmp/h-cal-fa-week.png' });
  await chooseLanguage(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('people met at an event are logged in one step, one interaction each', async () => {
  await page.getByTestId('quick-log-menu').click();
  await page.getByTestId('quick-log-encounters').click();
  const dialog = page.getByRole('dialog', { name: 'Log event encounters' });
  await pick(dialog, 'People you met', an);
  await pick(dialog, 'People you met', olga);
  await dialog.getByTestId('encounter-subject').fill(`Vietnam Expo ${run}`);
  await dialog.getByTestId('encounter-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('2 encounters logged.')).toBeVisible();

  const found = (await (await page.request.get(`${api}/interactions?kind=event_encounter`)).json()) as {
    items: { subject: string; people: { name: string }[] }[];
  };
  expect(
    found.items
      .filter((i) => i.subject === `Vietnam Expo ${run}`)
      .map((i) => i.people[0]?.name)
      .sort(),
  ).toEqual([an, olga].sort());
});

test('past interactions import from CSV with a row error, and the import is undone', async () => {
  await page.getByTestId('quick-log-menu').click();
  await page.getByTestId('quick-log-import').click();
  await expect(page.getByRole('heading', { name: 'Import past interactions' })).toBeVisible();
  const csv = [
    'Date,Partner,Kind,Subject',
    `10.03.2026,${anEmail},call,Call from the archive ${run}`,
    `2026-03-12,${org},meeting,Visit from the archive ${run}`,
    `2026-03-13,Nobody Such ${run},email,Lost row`,
  ].join('\n');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload' }).click();

  await expect(page.getByTestId('import-mapping')).toContainText('3 rows found');
  // The suggested mapping reads the headers.
  await expect(page.getByRole('combobox', { name: 'Field for column Partner' })).toHaveValue('Partner (email or name)');
  await expect(page.getByRole('combobox', { name: 'Field for column Date' })).toHaveValue('Date');
  await page.getByRole('button', { name: 'Start import' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('Imported: 2. Failed: 1.');
  const error = page.getByTestId('import-error-row');
  await expect(error).toHaveCount(1);
  await expect(error).toContainText('4');
  await expect(error).toContainText('No partner in the directory has this email address or name.');

  const imported = async () =>
    (
      (await (await page.request.get(`${api}/interactions?from=2026-03-10&to=2026-03-12`)).json()) as {
        items: unknown[];
      }
    ).items.length;
  expect(await imported()).toBe(2);
  await page.getByTestId('import-job').getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByTestId('import-job').getByTestId('import-status')).toHaveText('Undone');
  expect(await imported()).toBe(0);
});

test('the private calendar feed is shown once, lists my meetings, and stops working when replaced or turned off', async () => {
  await openNav(page, 'Calendar');
  await page.getByTestId('calendar-subscribe').click();
  await page.getByTestId('feed-create').click();
  const first = await page.getByTestId('feed-url').inputValue();
  expect(first).toMatch(/\/api\/v1\/calendar\/.+\.ics$/);
  const feed = await page.request.get(first);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain(`SUMMARY:${meeting}`);

  await page.getByTestId('feed-rotate').click();
  await page.getByTestId('feed-confirm-yes').click();
  await expect(page.getByTestId('feed-url')).not.toHaveValue(first);
  const second = await page.getByTestId('feed-url').inputValue();
  expect((await page.request.get(first)).status()).toBe(404);
  expect((await page.request.get(second)).status()).toBe(200);

  await page.getByTestId('feed-revoke').click();
  await page.getByTestId('feed-confirm-yes').click();
  await expect(page.getByTestId('feed-create')).toBeVisible();
  expect((await page.request.get(second)).status()).toBe(404);
});
