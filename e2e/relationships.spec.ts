import { expect, test, type Locator, type Page } from '@playwright/test';
import { openNav, owner, signIn } from './helpers.js';
import { startOwnServer, type OwnServer } from './own-server.js';

// Its own server and database (partners.spec.ts uses E2E_PORT + 1), so the board holds only what
// this spec creates and the spec does not depend on the order the files run in.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const run = Date.now().toString(36).slice(-5);
const org = `Hòa Phát Training ${run}`;
const RELATIONSHIP_URL = /\/relationships\/[0-9a-f-]{36}$/;
const STAGES = ['Formation', 'Planning', 'Engagement', 'Results', 'Realization'] as const;
const KEYS = ['formation', 'planning', 'engagement', 'results', 'realization'] as const;

let server: OwnServer;
let page: Page;
let relationshipUrl = '';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  server = await startOwnServer(PORT, owner);
  // Wide enough for the five board columns side by side.
  const context = await browser.newContext({
    baseURL: server.baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1440, height: 900 },
  });
  page = await context.newPage();
  await signIn(page, owner.email, owner.password);
});

test.afterAll(async () => {
  await page?.context().close();
  await server?.stop();
});

const column = (key: string) => page.locator(`[data-testid="board-column"][data-column="${key}"]`);
const card = () => page.getByTestId('board-card').filter({ hasText: org });

/** A real mouse drag: press on the card's handle, pass the activation distance, move over the column, release. */
async function drag(source: Locator, target: Locator): Promise<void> {
  const from = await source.getByTestId('drag-handle').boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the card or the column is not on the screen');
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 140, { steps: 20 });
  await page.mouse.up();
}

test('creates a partner and starts a relationship from its page', async () => {
  await openNav(page, 'Partners');
  await page.getByRole('link', { name: 'New partner' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(org);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('partner-name')).toHaveText(org);

  const section = page.getByTestId('partner-relationships');
  await expect(section).toContainText('Nothing here yet.');
  await section.getByRole('link', { name: 'Start relationship' }).click();
  await expect(page.getByRole('heading', { name: 'New relationship' })).toBeVisible();
  await expect(page.getByTestId('partner-select')).toHaveValue(org);
  await page.getByRole('textbox', { name: 'Purpose' }).fill('Joint training programme');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(RELATIONSHIP_URL);
  relationshipUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('relationship-partner')).toHaveText(org);
  await expect(page.getByTestId('current-stage')).toHaveText('Formation');

  // One item of Formation done: the board's first move then skips the other three.
  const tick = page.getByRole('checkbox', { name: 'Needs analysis done' });
  await tick.click();
  await expect(tick).toBeChecked();
  await expect(page.getByTestId('checklist')).toContainText('1 of 4 done');
  // Done by whom and when, once the server has it.
  await expect(page.getByTestId('checklist')).toContainText(`Done by ${owner.name}`);
});

test('drags the card through all five stages, confirming the skipped checklist items', async () => {
  await openNav(page, 'Pipeline');
  await page.getByTestId('board-search').fill(org);
  await expect(column('formation').getByTestId('board-card')).toHaveCount(1);
  await expect(column('formation').getByTestId('column-count')).toHaveText('1');

  for (let i = 1; i < STAGES.length; i++) {
    const from = KEYS[i - 1] as string;
    const to = KEYS[i] as string;
    await drag(column(from).getByTestId('board-card').filter({ hasText: org }), column(to));
    const dialog = page.getByRole('dialog', { name: 'Checklist items are still open' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('open-items').getByRole('listitem')).toHaveCount(
      from === 'formation' ? 3 : from === 'results' ? 3 : 4,
    );
    await dialog.getByRole('button', { name: 'Skip them and move' }).click();
    await expect(dialog).toBeHidden();
    await expect(column(to).getByTestId('board-card').filter({ hasText: org })).toHaveCount(1);
    await expect(column(to).getByTestId('column-count')).toHaveText('1');
    await expect(column(from).getByTestId('column-count')).toHaveText('0');
  }
});

test('dropping on an earlier stage asks for the reason', async () => {
  await drag(card(), column('results'));
  const dialog = page.getByRole('dialog', { name: 'Move back to Results' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Move' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Why it moves back' }).fill('The pilot results need another review');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
  await expect(column('results').getByTestId('board-card').filter({ hasText: org })).toHaveCount(1);
  await expect(column('realization').getByTestId('column-count')).toHaveText('0');
});

test('moves a card with the keyboard: space, arrow, space', async () => {
  // dnd-kit's live region, announcing the moves in the user's language.
  const live = page.locator('[id^="DndLiveRegion"]');
  await card().getByTestId('drag-handle').focus();
  await page.keyboard.press('Space');
  await expect(live).toHaveText(`Picked up ${org} in Results.`);
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(`${org} is over Realization.`);
  await page.keyboard.press('Space');
  await expect(live).toHaveText(`${org} was dropped on Realization.`);
  const dialog = page.getByRole('dialog', { name: 'Checklist items are still open' });
  await dialog.getByRole('button', { name: 'Skip them and move' }).click();
  await expect(column('realization').getByTestId('board-card').filter({ hasText: org })).toHaveCount(1);
});

test('the card menu moves without dragging; cancelling puts the card back', async () => {
  await card().getByTestId('card-menu').click();
  await page.getByRole('menuitem', { name: 'Planning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move back to Planning' });
  await expect(dialog).toBeVisible();
  // Shown in Planning while the dialog asks; back in Realization once cancelled.
  await expect(column('planning').getByTestId('column-count')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(column('realization').getByTestId('board-card').filter({ hasText: org })).toHaveCount(1);
  await expect(column('planning').getByTestId('column-count')).toHaveText('0');
});

test('the stage history shows every move, who made it, the skipped items and the reason', async () => {
  await page.goto(`${relationshipUrl}?tab=history`);
  await expect(page.getByTestId('current-stage')).toHaveText('Realization');
  const rows = page.getByTestId('history-row');
  // Newest first: keyboard forward, back with the reason, four drags forward, the start.
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(0)).toHaveAttribute('data-direction', 'forward');
  await expect(rows.nth(1)).toHaveAttribute('data-direction', 'backward');
  await expect(rows.nth(1)).toContainText('Reason: The pilot results need another review');
  await expect(rows.nth(5)).toContainText('3 items skipped');
  await expect(rows.nth(5)).toContainText("Partner's experience and expertise assessed");
  await expect(rows.nth(5)).not.toContainText('Needs analysis done');
  await expect(rows.nth(6)).toHaveAttribute('data-direction', 'initial');
  for (const row of await rows.all()) await expect(row).toContainText(owner.name);
});

test('a stale edit shows what someone else changed and keeps my changes on request', async () => {
  await page.goto(`${relationshipUrl}/edit`);
  await expect(page.getByTestId('relationship-form')).toBeVisible();

  // Someone else changes the tier first, through the API with this browser's session.
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const workspaceId = /\/w\/([0-9a-f-]{36})\//.exec(relationshipUrl)?.[1] ?? '';
  const path = `/api/v1/w/${workspaceId}/relationships/${relationshipUrl.split('/').pop() ?? ''}`;
  const current = (await (await page.request.get(path)).json()) as { version: number };
  const theirs = await page.request.patch(path, {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: { tier: 'inner_circle', version: current.version },
  });
  expect(theirs.status()).toBe(200);

  await page.getByRole('textbox', { name: 'Purpose' }).fill('Joint training programme for 2027');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
  await expect(dialog.getByTestId('conflict-row')).toHaveCount(1);
  await expect(dialog.getByTestId('conflict-row')).toContainText('Tier');
  await expect(dialog.getByTestId('conflict-row')).toContainText('Inner circle');
  await dialog.getByRole('button', { name: 'Keep my changes' }).click();

  await expect(page).toHaveURL(RELATIONSHIP_URL);
  await expect(page.getByTestId('relationship-purpose')).toHaveText('Joint training programme for 2027');
  await expect(page.getByText('Inner circle', { exact: true })).toBeVisible();
});

test('stage analytics show the counts and conversions as a chart and a table', async () => {
  await openNav(page, 'Stage analytics');
  const rows = page.getByTestId('analytics-row');
  await expect(rows).toHaveCount(5);
  // The one relationship is in Realization now, and went through every stage in the period.
  await expect(rows.filter({ hasText: 'Realization' }).locator('td').first()).toHaveText('1');
  await expect(rows.filter({ hasText: 'Formation' }).locator('td').last()).toHaveText('100%');
  await expect(page.getByTestId('chart-count').getByRole('img')).toBeVisible();
});

test('grouped by tier, a drop changes the tier', async () => {
  await openNav(page, 'Pipeline');
  await page.getByTestId('group-toggle').getByText('By tier').click();
  await expect(page).toHaveURL(/group=tier/);
  await page.getByTestId('board-search').fill(org);
  // The stale-edit test left it in the inner circle.
  await expect(column('inner_circle').getByTestId('board-card').filter({ hasText: org })).toHaveCount(1);
  await drag(card(), column('dormant'));
  await expect(column('dormant').getByTestId('board-card').filter({ hasText: org })).toHaveCount(1);
  await expect(column('inner_circle').getByTestId('column-count')).toHaveText('0');
  await page.goto(relationshipUrl);
  await expect(page.getByText('Dormant', { exact: true })).toBeVisible();
});

test('an admin adds a checklist item and changes a tier cadence', async () => {
  await openNav(page, 'Tiers and checklists');
  const formation = page.getByTestId('checklist-editor-formation');
  await expect(formation.getByRole('textbox').first()).toHaveValue('Needs analysis done');
  await formation.getByRole('button', { name: 'Add item' }).click();
  await formation.getByRole('textbox').last().fill('Visit their factory');
  await formation.getByRole('button', { name: 'Save' }).click();
  await expect(formation.getByRole('button', { name: 'Save' })).toBeDisabled();

  const tiers = page.getByTestId('tier-cadences');
  await tiers.getByRole('textbox', { name: 'Days between contacts for Dormant' }).fill('120');
  await tiers.getByRole('button', { name: 'Save' }).click();
  await expect(tiers.getByRole('button', { name: 'Save' })).toBeDisabled();

  await page.reload();
  await expect(page.getByTestId('checklist-editor-formation').getByRole('textbox').last()).toHaveValue(
    'Visit their factory',
  );
  await expect(
    page.getByTestId('tier-cadences').getByRole('textbox', { name: 'Days between contacts for Dormant' }),
  ).toHaveValue('120 days');
});

test('a stage move on the relationship page is on its timeline at once, without a reload', async () => {
  await page.goto(relationshipUrl);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toBeVisible();
  const moves = timeline.locator('[data-testid="timeline-item"][data-type="stage_change"]');
  const before = await moves.count();
  await page.getByRole('button', { name: 'Move to Engagement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move back to Engagement' });
  await dialog.getByRole('textbox', { name: 'Why it moves back' }).fill('Kế hoạch chung cần làm lại');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('current-stage')).toHaveText('Engagement');
  await expect(moves).toHaveCount(before + 1);
  await expect(moves.first()).toContainText('Kế hoạch chung cần làm lại');
});
