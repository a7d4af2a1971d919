import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { owner } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';
import type { OwnServer } from './own-server.js';

// WCAG 2.1 A and AA, checked by axe-core on every screen: in English and Persian, light and dark,
// and in Vietnamese and Russian in the light theme; signed out and in, with the dialogs, menus and
// popovers open. A critical or serious violation fails the run. A new screen joins `SCREENS`.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 12;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Locale = 'en' | 'vi' | 'ru' | 'fa';
type Scheme = 'light' | 'dark';

interface Ids {
  workspace: string;
  partner: string;
  person: string;
  relationship: string;
  interaction: string;
  series: string;
}

interface Screen {
  name: string;
  path: (ids: Ids) => string;
  /** Opens what the check must see (a dialog, a menu), after the page has loaded. */
  open?: (page: Page) => Promise<void>;
}

const w = (ids: Ids, rest = '') => `/w/${ids.workspace}${rest}`;

/** Every signed-in screen, and the dialogs, menus and popovers opened over them. */
const SCREENS: Screen[] = [
  { name: 'home', path: (ids) => w(ids) },
  { name: 'partners', path: (ids) => w(ids, '/partners') },
  { name: 'partner', path: (ids) => w(ids, `/partners/${ids.partner}`) },
  { name: 'person', path: (ids) => w(ids, `/partners/${ids.person}`) },
  { name: 'new partner', path: (ids) => w(ids, '/partners/new') },
  { name: 'edit partner', path: (ids) => w(ids, `/partners/${ids.partner}/edit`) },
  { name: 'import partners', path: (ids) => w(ids, '/partners/import') },
  { name: 'relationships', path: (ids) => w(ids, '/relationships') },
  { name: 'new relationship', path: (ids) => w(ids, '/relationships/new') },
  { name: 'relationship', path: (ids) => w(ids, `/relationships/${ids.relationship}`) },
  { name: 'edit relationship', path: (ids) => w(ids, `/relationships/${ids.relationship}/edit`) },
  { name: 'interaction', path: (ids) => w(ids, `/interactions/${ids.interaction}`) },
  { name: 'edit interaction', path: (ids) => w(ids, `/interactions/${ids.interaction}/edit`) },
  { name: 'import interactions', path: (ids) => w(ids, '/interactions/import') },
  { name: 'my tasks', path: (ids) => w(ids, '/tasks') },
  { name: 'keep in touch', path: (ids) => w(ids, '/keep-in-touch') },
  { name: 'calendar', path: (ids) => w(ids, '/calendar') },
  { name: 'calendar week', path: (ids) => w(ids, '/calendar?view=week') },
  { name: 'series list', path: (ids) => w(ids, '/calendar/series') },
  { name: 'series', path: (ids) => w(ids, `/calendar/series/${ids.series}`) },
  { name: 'pipeline', path: (ids) => w(ids, '/pipeline') },
  { name: 'stage analytics', path: (ids) => w(ids, '/pipeline/analytics') },
  { name: 'tags', path: (ids) => w(ids, '/settings/tags') },
  { name: 'relationship settings', path: (ids) => w(ids, '/settings/relationships') },
  { name: 'members', path: (ids) => w(ids, '/settings/members') },
  { name: 'invitations', path: (ids) => w(ids, '/settings/invitations') },
  { name: 'audit log', path: (ids) => w(ids, '/settings/audit-log') },
  { name: 'outbox', path: (ids) => w(ids, '/settings/outbox') },
  { name: 'reminders', path: (ids) => w(ids, '/settings/reminders') },
  { name: 'not found', path: (ids) => w(ids, '/no-such-page') },
  {
    name: 'quick-log dialog',
    path: (ids) => w(ids),
    open: async (page) => {
      await page.getByTestId('quick-log').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'shortcuts dialog',
    path: (ids) => w(ids, '/partners'),
    open: async (page) => {
      await page.locator('body').press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'global search with results',
    path: (ids) => w(ids),
    open: async (page) => {
      await page.getByTestId('global-search').fill('Hòa');
      await expect(page.getByRole('option').first()).toBeVisible();
    },
  },
  {
    name: 'notifications popover',
    path: (ids) => w(ids),
    open: async (page) => {
      await page.getByTestId('notification-bell').click();
      await expect(page.getByTestId('notification-list')).toBeVisible();
    },
  },
  {
    name: 'language menu',
    path: (ids) => w(ids),
    open: async (page) => {
      await page.getByTestId('language-menu').click();
      await expect(page.getByRole('menu')).toBeVisible();
    },
  },
  {
    name: 'theme menu',
    path: (ids) => w(ids),
    open: async (page) => {
      await page.getByTestId('theme-menu').click();
      await expect(page.getByRole('menu')).toBeVisible();
    },
  },
  {
    name: 'stage move dialog',
    path: (ids) => w(ids, `/relationships/${ids.relationship}`),
    open: async (page) => {
      await page.getByTestId('advance-stage').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'new task dialog',
    path: (ids) => w(ids, '/tasks'),
    open: async (page) => {
      await page.getByTestId('new-task').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'new series dialog',
    path: (ids) => w(ids, '/calendar/series'),
    open: async (page) => {
      await page.getByTestId('new-series').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'log encounters dialog',
    path: (ids) => w(ids),
    open: async (page) => {
      await page.getByTestId('quick-log-menu').click();
      await page.getByTestId('quick-log-encounters').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'merge dialog',
    path: (ids) => w(ids, `/partners/${ids.partner}`),
    open: async (page) => {
      await page.getByTestId('merge-open').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'confirm delete dialog',
    path: (ids) => w(ids, `/partners/${ids.partner}`),
    open: async (page) => {
      await page.getByTestId('delete-open').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'snooze menu and date dialog',
    path: (ids) => w(ids, `/relationships/${ids.relationship}`),
    open: async (page) => {
      await page.getByTestId('snooze-menu').click();
      await page.getByTestId('snooze-pick').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'calendar subscribe dialog',
    path: (ids) => w(ids, '/calendar'),
    open: async (page) => {
      await page.getByTestId('calendar-subscribe').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'workspace menu and new workspace dialog',
    path: (ids) => w(ids),
    open: async (page) => {
      await page.getByTestId('workspace-switcher').click();
      await page.getByTestId('new-workspace').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'user menu and profile',
    path: (ids) => w(ids),
    open: async (page) => {
      await page.getByTestId('user-menu').click();
      await page.getByTestId('profile').click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'phone header and search',
    path: (ids) => w(ids, '/partners'),
    open: async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('global-search-open').click();
      await page.getByRole('dialog').getByTestId('global-search').fill('Ива');
      await expect(page.getByRole('option').first()).toBeVisible();
    },
  },
];

/** The screens a visitor sees before signing in. */
const PUBLIC_SCREENS: Screen[] = [
  { name: 'sign in', path: () => '/sign-in' },
  { name: 'forgot password', path: () => '/forgot-password' },
  { name: 'reset password', path: () => '/reset-password?token=not-a-real-token' },
  { name: 'invitation', path: () => '/invite/not-a-real-token' },
  { name: 'setup (already done)', path: () => '/setup' },
  { name: 'unsubscribe', path: () => '/unsubscribe?token=not-a-real-token' },
];

let page: Page;
let server: OwnServer;
let ids: Ids;
let csrf = '';

ownServerWithOwnerPage(PORT, (p, s) => {
  page = p;
  server = s;
});

async function post<T>(path: string, data: unknown): Promise<T> {
  const response = await page.request.post(`/api/v1/w/${ids.workspace}${path}`, {
    headers: { 'X-CSRF-Token': csrf },
    data,
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function setLocale(locale: Locale): Promise<void> {
  const response = await page.request.patch('/api/v1/me', { headers: { 'X-CSRF-Token': csrf }, data: { locale } });
  expect(response.status()).toBe(200);
}

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** Runs axe on what the page shows now; only critical and serious findings count. */
async function audit(on: Page, screen: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page: on }).withTags(WCAG).analyze();
  return results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({
      screen,
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }));
}

/**
 * Opens a screen. Plain screens are reached inside the running app (as a link does: no reload),
 * which keeps the check fast; a screen with something to open gets a fresh page load.
 */
async function visit(on: Page, screen: Screen, locale: Locale, reload: boolean): Promise<void> {
  const url = screen.path(ids);
  if (reload || screen.open) {
    await on.goto(url);
  } else {
    await on.evaluate((to) => {
      window.history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, url);
  }
  await expect(on.locator('html')).toHaveAttribute('lang', locale);
  await expect(on.locator('h1, h2').first()).toBeVisible();
  await on.waitForLoadState('networkidle');
  await screen.open?.(on);
  // Let transitions (a dialog fading in) end, so colours are measured as they are then.
  await on.waitForTimeout(200);
}

async function checkAll(on: Page, screens: Screen[], locale: Locale): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const [index, screen] of screens.entries()) {
    // The first screen loads the app afresh: the language or scheme was changed before it.
    await visit(on, screen, locale, index === 0);
    findings.push(...(await audit(on, screen.name)));
    if (screen.open) await on.setViewportSize({ width: 1360, height: 900 });
  }
  return findings;
}

const report = (findings: Finding[]) =>
  findings.map((f) => `${f.screen}: ${f.rule} (${f.impact})\n    ${f.targets.join('\n    ')}`).join('\n');

test('a workspace with something on every screen, made through the API', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as {
    csrfToken: string;
    currentWorkspaceId: string;
    user: { id: string };
  };
  csrf = me.csrfToken;
  ids = { workspace: me.currentWorkspaceId } as Ids;
  const org = await post<{ id: string }>('/partners', {
    type: 'organization',
    name: 'Công ty Cổ phần Tập đoàn Hòa Phát',
    kinds: ['supplier', 'manufacturer'],
    contacts: [
      { channel: 'email', label: 'work', value: 'lienhe@hoaphat.com.vn' },
      { channel: 'phone', label: 'work', value: '+84 24 6284 8666' },
    ],
  });
  ids.partner = org.id;
  const person = await post<{ id: string }>('/partners', {
    type: 'person',
    name: 'Мария Иванова',
    kinds: ['customer'],
  });
  ids.person = person.id;
  await post('/partners', { type: 'organization', name: 'شرکت پارس آریا', kinds: ['it_consultant'] });
  const relationship = await post<{ id: string }>('/relationships', {
    partnerId: org.id,
    purpose: 'Cung cấp thép cho dự án nhà máy',
    tier: 'inner_circle',
    stage: 'engagement',
    startedOn: '2026-01-05',
  });
  ids.relationship = relationship.id;
  await post('/relationships', {
    partnerId: person.id,
    purpose: 'Обучение персонала',
    stage: 'formation',
    startedOn: '2026-06-01',
  });
  const interaction = await post<{ id: string }>('/interactions', {
    kind: 'meeting',
    occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    subject: 'Họp khởi động',
    notes: '<p>Thống nhất tiến độ giao hàng quý I.</p>',
    partnerIds: [org.id],
    relationshipIds: [relationship.id],
    isMeeting: true,
    actionItems: [{ title: 'Gửi hợp đồng', dueOn: '2026-01-10' }],
  });
  ids.interaction = interaction.id;
  await post('/tasks', { title: 'Chuẩn bị báo giá', dueOn: '2026-02-01', relationshipId: relationship.id });
  const series = await post<{ id: string }>('/meeting-series', {
    recurrence: 'weekly',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    subject: 'Еженедельная встреча',
    kind: 'video_call',
    partnerIds: [person.id],
  });
  ids.series = series.id;
});

for (const [locale, scheme] of [
  ['en', 'light'],
  ['en', 'dark'],
  ['fa', 'light'],
  ['fa', 'dark'],
  ['vi', 'light'],
  ['ru', 'light'],
] as [Locale, Scheme][]) {
  test(`every signed-in screen in ${locale}, ${scheme}: no critical or serious WCAG 2.1 AA violation`, async () => {
    test.setTimeout(300_000);
    await setLocale(locale);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const findings = await checkAll(page, SCREENS, locale);
    expect(findings, report(findings)).toEqual([]);
  });
}

async function signedOutPage(browser: Browser, locale: Locale, scheme: Scheme): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseURL,
    locale: locale === 'en' ? 'en-US' : locale,
    timezoneId: 'UTC',
    viewport: { width: 1360, height: 900 },
    colorScheme: scheme,
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

for (const locale of ['en', 'fa', 'vi', 'ru'] as Locale[]) {
  for (const scheme of ['light', 'dark'] as Scheme[]) {
    test(`the signed-out screens in ${locale}, ${scheme}`, async ({ browser }) => {
      const visitor = await signedOutPage(browser, locale, scheme);
      try {
        const findings = await checkAll(visitor, PUBLIC_SCREENS, locale);
        // The sign-in form with its errors shown: a wrong password.
        await visitor.goto('/sign-in');
        await visitor.locator('input[type="email"], input[name="email"]').first().fill(owner.email);
        await visitor.locator('input[type="password"]').first().fill('not the password');
        await visitor.locator('button[type="submit"]').click();
        await expect(visitor.getByRole('alert').first()).toBeVisible();
        findings.push(...(await audit(visitor, 'sign in with an error')));
        expect(findings, report(findings)).toEqual([]);
      } finally {
        await visitor.context().close();
      }
    });
  }
}

test('charts have a text alternative: a name that gives the figures, and the table beside them', async () => {
  await setLocale('en');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(w(ids, '/pipeline/analytics'));
  // The bars' figures are in the chart's name, stage by stage, after its title.
  const chart = page.getByTestId('chart-count').getByRole('img');
  await expect(chart).toHaveAccessibleName(/^Relationships now/);
  await expect(chart).toHaveAccessibleName(/Formation: 1.*Engagement: 1/);
  await expect(page.getByTestId('analytics-row')).toHaveCount(5);
  await page.goto(w(ids, `/relationships/${ids.relationship}`));
  await expect(page.getByRole('img', { name: /\d/ }).first()).toBeVisible();
  await expect(page.getByTestId('retention-bar')).toHaveCount(0);
  await page.goto(w(ids));
  await expect(page.getByRole('progressbar', { name: /Existing relationships/ })).toBeVisible();
});
