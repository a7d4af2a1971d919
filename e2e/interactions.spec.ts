import { expect, test, type Locator, type Page } from '@playwright/test';
import { fillDate, openNav, owner } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// Its own server and database (relationships.spec.ts uses E2E_PORT + 2), so "My tasks" and the
// timelines hold only what this spec creates and the spec does not depend on the order files run in.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
const run = Date.now().toString(36).slice(-5);
const org = `Thép Việt ${run}`;
const person = `Trần Thị Bình ${run}`;
const purpose = 'Steel supply 2027';
const meeting = `Kick-off ${run}`;
const actionItem = `Send the signed contract ${run}`;
const INTERACTION_URL = /\/interactions\/[0-9a-f-]{36}$/;
// The context runs in UTC, like the signed-in owner's calendar.
const today = new Date().toISOString().slice(0, 10);

let page: Page;
let partnerPath = '';
let relationshipPath = '';
let meetingPath = '';

ownServerWithOwnerPage(PORT, (p) => {
  page = p;
});

const logDialog = () => page.getByRole('dialog', { name: 'Log interaction' });
const timelineItem = (text: string) => page.getByTestId('timeline-item').filter({ hasText: text });

/** Picks an option of a Mantine select or multi-select by its label. */
async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a partner with a person and a relationship, made through the API', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  const headers = { 'X-CSRF-Token': me.csrfToken };
  const api = `/api/v1/w/${me.currentWorkspaceId}`;
  const post = async (path: string, data: unknown) => {
    const response = await page.request.post(`${api}${path}`, { headers, data });
    expect(response.status(), path).toBe(201);
    return (await response.json()) as { id: string };
  };
  const company = await post('/partners', { type: 'organization', name: org, kinds: ['supplier'] });
  await post('/partners', {
    type: 'person',
    name: person,
    affiliations: [{ partnerId: company.id, title: 'Director' }],
  });
  const relationship = await post('/relationships', { partnerId: company.id, purpose });
  partnerPath = `/w/${me.currentWorkspaceId}/partners/${company.id}`;
  relationshipPath = `/w/${me.currentWorkspaceId}/relationships/${relationship.id}`;
});

test('logs a meeting with an action item from the relationship timeline', async () => {
  await page.goto(relationshipPath);
  // The timeline is the relationship page's first tab, and opens by default.
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  // Only its start so far.
  await expect(page.getByTestId('timeline-item')).toHaveCount(1);
  await expect(timelineItem('Started in')).toHaveAttribute('data-type', 'stage_change');
  await page.getByTestId('timeline-log').click();

  const dialog = logDialog();
  await expect(dialog).toBeVisible();
  // Filled in from the page: the relationship and its partner.
  await expect(dialog.getByTestId('interaction-partners')).toContainText(org);
  await expect(dialog.getByTestId('interaction-relationships')).toContainText(purpose);
  await expect(dialog.getByTestId('interaction-members')).toContainText(owner.name);

  await choose(dialog, 'Kind', 'In-person meeting');
  await expect(dialog.getByRole('switch', { name: 'Meeting' })).toBeChecked();
  // Their side: the people of the chosen organisation, from its affiliations.
  await choose(dialog, 'Their participants', person);
  await page.keyboard.press('Escape');
  await dialog.getByRole('textbox', { name: 'Subject' }).fill(meeting);
  await dialog.getByRole('textbox', { name: 'Duration (minutes)' }).fill('45');

  const notes = dialog.getByTestId('notes-editor');
  await notes.getByRole('textbox', { name: 'Notes' }).click();
  await notes.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('Prices agreed');
  await notes.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type(' for the first year');

  await dialog.getByRole('button', { name: 'Add agenda item' }).click();
  await dialog.getByTestId('agenda-rows-row').getByRole('textbox', { name: 'Agenda item' }).fill('Prices and volumes');
  await dialog
    .getByTestId('minutes-editor')
    .getByRole('textbox', { name: 'Minutes' })
    .fill('Both sides keep the prices for a year.');
  await dialog.getByRole('button', { name: 'Add decision' }).click();
  await dialog.getByTestId('decision-rows-row').getByRole('textbox', { name: 'Decision' }).fill('Keep prices for 2027');
  await dialog.getByRole('button', { name: 'Add action item' }).click();
  const row = dialog.getByTestId('action-item-rows-row');
  await row.getByRole('textbox', { name: 'Task' }).fill(actionItem);
  // Assigned to the signed-in user by default, due today.
  await expect(row.getByRole('combobox', { name: 'Owner' })).toHaveValue(owner.name);
  await fillDate(row.getByRole('group', { name: 'Due date' }), today);
  await dialog.getByTestId('interaction-submit').click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText('Meeting logged.')).toBeVisible();
  const item = timelineItem(meeting);
  await expect(item).toHaveAttribute('data-type', 'meeting');
  await expect(item).toContainText('In-person meeting');
  await expect(item).toContainText('1 open action item');
  await expect(item).toContainText('Prices agreed for the first year');
  await expect(timelineItem(actionItem)).toHaveAttribute('data-type', 'task');
});

test('the meeting page shows everything, with the notes as formatted text', async () => {
  await timelineItem(meeting).getByRole('link', { name: meeting }).click();
  await expect(page).toHaveURL(INTERACTION_URL);
  meetingPath = new URL(page.url()).pathname;
  await expect(page.getByTestId('interaction-title')).toHaveText(meeting);
  await expect(page.getByTestId('interaction-when-text')).toContainText('45 minutes');
  await expect(page.getByTestId('interaction-concerns')).toContainText(`${org} — ${purpose}`);
  await expect(page.getByTestId('interaction-participants')).toContainText(person);
  await expect(page.getByTestId('interaction-notes').locator('strong')).toHaveText('Prices agreed');
  await expect(page.getByTestId('agenda')).toContainText('Prices and volumes');
  await expect(page.getByTestId('minutes')).toContainText('Both sides keep the prices for a year.');
  await expect(page.getByTestId('decisions')).toContainText('Keep prices for 2027');
  await expect(page.getByTestId('action-item')).toContainText(actionItem);
});

test('the partner timeline has the meeting; the L shortcut logs a call there', async () => {
  await page.goto(partnerPath);
  await expect(timelineItem(meeting)).toHaveAttribute('data-type', 'meeting');
  await expect(timelineItem(actionItem)).toBeVisible();

  // Typing an "l" in a text field is text, not the shortcut.
  await page.getByTestId('global-search').fill('l');
  await expect(logDialog()).toHaveCount(0);
  await page.getByTestId('global-search').fill('');
  await page.getByTestId('global-search').blur();
  await expect(page.getByTestId('quick-log')).toHaveAttribute('aria-keyshortcuts', 'L');

  await page.keyboard.press('l');
  const dialog = logDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('interaction-partners')).toContainText(org);
  await expect(dialog.getByRole('combobox', { name: 'Kind' })).toHaveValue('Phone call');
  await dialog.getByRole('textbox', { name: 'Subject' }).fill(`Quick call ${run}`);
  await choose(dialog, 'Who reached out', 'They reached out');
  await dialog.getByTestId('interaction-submit').click();
  await expect(dialog).toBeHidden();
  await expect(timelineItem(`Quick call ${run}`)).toContainText('They reached out');

  // Only calls and meetings: the task leaves the timeline.
  await page.getByTestId('timeline-filters').getByText('Tasks', { exact: true }).click();
  await expect(page.getByTestId('timeline-item')).toHaveCount(1);
  await expect(page.getByTestId('timeline-item')).toHaveAttribute('data-type', 'task');
});

test('My tasks shows the action item due today and completes it with one click', async () => {
  await expect(page.getByTestId('tasks-due-badge')).toHaveText('1');
  await openNav(page, /My tasks/);
  await expect(page.getByRole('heading', { name: 'My tasks' })).toBeVisible();
  const task = page.getByTestId('tasks-today').getByTestId('task-row').filter({ hasText: actionItem });
  await expect(task).toContainText(`${org} — ${purpose}`);
  await expect(task).toContainText(meeting);

  await task.getByRole('checkbox', { name: `Mark “${actionItem}” done` }).click();
  await expect(page.getByText(`“${actionItem}” done.`)).toBeVisible();
  await expect(page.getByTestId('tasks-today').getByTestId('task-row')).toHaveCount(0);
  await expect(page.getByTestId('tasks-due-badge')).toHaveCount(0);

  await page.getByTestId('tasks-status').getByText('Done').click();
  await expect(page.getByTestId('tasks-done').getByTestId('task-row').filter({ hasText: actionItem })).toHaveAttribute(
    'data-status',
    'done',
  );
  await page.goto(meetingPath);
  await expect(page.getByTestId('action-item').getByRole('checkbox')).toBeChecked();
});

test('a stale edit shows what someone else changed and keeps mine on request', async () => {
  await page.goto(`${meetingPath}/edit`);
  await expect(page.getByTestId('interaction-form')).toBeVisible();
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  const path = `/api/v1/w/${me.currentWorkspaceId}/interactions/${meetingPath.split('/').pop() ?? ''}`;
  const current = (await (await page.request.get(path)).json()) as { version: number };
  const theirs = await page.request.patch(path, {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: { sentiment: 'positive', version: current.version },
  });
  expect(theirs.status()).toBe(200);

  await page.getByRole('textbox', { name: 'Duration (minutes)' }).fill('90');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
  await expect(dialog.getByTestId('conflict-row')).toHaveCount(1);
  await expect(dialog.getByTestId('conflict-row')).toContainText('Positive');
  await dialog.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(page).toHaveURL(INTERACTION_URL);
  await expect(page.getByTestId('interaction-when-text')).toContainText('90 minutes');
  await expect(page.getByText('Positive', { exact: true })).toBeVisible();
});

test('deleting the meeting can be undone', async () => {
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete interaction' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(new RegExp(`${partnerPath}$`));
  await expect(timelineItem(meeting)).toHaveCount(0);
  await page.getByTestId('undo-delete').click();
  await expect(page).toHaveURL(INTERACTION_URL);
  await expect(page.getByTestId('interaction-title')).toHaveText(meeting);
});
