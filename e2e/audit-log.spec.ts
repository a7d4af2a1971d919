import { expect, request, test, type Page } from '@playwright/test';
import { chooseLanguage, member, owner, PERSIAN_DIGITS } from './helpers.js';
import { ownServerWithOwnerPage } from './own-server-page.js';

// Its own server and database, so the log holds only what this spec does.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 9;
const org = 'Hòa Phát Steel';
const person = 'Nguyễn Văn An';
const joiner = 'Kim Lan';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i;
const RAW_ACTION = /\b(interaction|partner|relationship|member|invitation)\.[a-z_]+\b/;

let page: Page;
let baseURL = '';
let api = '';
let workspaceId = '';
let csrf = '';

ownServerWithOwnerPage(PORT, (p, server) => {
  page = p;
  baseURL = server.baseURL;
});

async function call(method: 'post' | 'patch', path: string, data: object, expected: number) {
  const response = await page.request[method](`${api}${path}`, { headers: { 'X-CSRF-Token': csrf }, data });
  expect(response.status(), await response.text()).toBe(expected);
  return (await response.json()) as Record<string, unknown>;
}

test('a partner, an edit, a relationship moved on, a member invited and promoted, a meeting', async () => {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string; currentWorkspaceId: string };
  csrf = me.csrfToken;
  workspaceId = me.currentWorkspaceId;
  api = `/api/v1/w/${workspaceId}`;
  const company = await call('post', '/partners', { type: 'organization', name: org, kinds: ['supplier'] }, 201);
  const an = await call(
    'post',
    '/partners',
    { type: 'person', name: person, contacts: [{ channel: 'phone', value: '+84 24 3826 1111' }] },
    201,
  );
  await call(
    'patch',
    `/partners/${String(an.id)}`,
    { version: 1, contacts: [{ channel: 'phone', value: '+84 24 3826 2222' }] },
    200,
  );
  const relationship = await call('post', '/relationships', { partnerId: company.id, purpose: 'Steel supply' }, 201);
  await call(
    'post',
    `/relationships/${String(relationship.id)}/stage`,
    { to: 'engagement', version: 1, confirmSkipped: true },
    200,
  );

  const invitation = await call(
    'post',
    '/invitations',
    { email: `kim.lan.${Date.now()}@example.com`, role: 'member' },
    201,
  );
  const stranger = await request.newContext({ baseURL });
  const accepted = await stranger.post(`/api/v1/invitations/${String(invitation.token)}/accept`, {
    data: { name: joiner, password: member.password },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  const joinerId = ((await accepted.json()) as { user: { id: string } }).user.id;
  await stranger.dispose();
  await call('patch', `/members/${joinerId}`, { role: 'admin', version: 1 }, 200);

  const ownerId = ((await (await page.request.get('/api/v1/me')).json()) as { user: { id: string } }).user.id;
  await call(
    'post',
    '/interactions',
    {
      kind: 'meeting',
      isMeeting: true,
      subject: 'Price review',
      partnerIds: [company.id],
      memberIds: [ownerId, joinerId],
    },
    201,
  );
});

test('the audit log reads as sentences in English, with names and no ids or keys', async () => {
  await page.goto(`/w/${workspaceId}/settings/audit-log`);
  const log = page.getByTestId('audit-log');
  const sentences = log.getByTestId('audit-sentence');
  await expect(sentences.first()).toBeVisible();
  await expect(log).toContainText(`${owner.name} added the partner ${org}`);
  await expect(log).toContainText(`${owner.name} changed the contacts of ${person}`);
  await expect(log).toContainText(/Phone: \u2068\+842438261111\u2069 → Phone: \u2068\+842438262222\u2069/);
  await expect(log).toContainText(`${owner.name} started the relationship ${org} · Steel supply`);
  await expect(log).toContainText(
    `${owner.name} moved the relationship ${org} · Steel supply from Formation to Engagement`,
  );
  await expect(log).toContainText('Skipped checklist items:');
  await expect(log).toContainText('Joint plan written');
  await expect(log).toContainText(`${joiner} accepted the invitation and joined the workspace`);
  await expect(log).toContainText(`${owner.name} changed the role of ${joiner} from Member to Admin`);
  await expect(log).toContainText(`${owner.name} logged the meeting Price review with ${org}`);
  await expect(log).toContainText(`Our participants: ${owner.name} and ${joiner}`);
  await expect(log.getByRole('link', { name: 'Price review' })).toHaveAttribute('href', /\/interactions\//);
  const text = await log.innerText();
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(RAW_ACTION);
  expect(text).not.toContain('planning.joint_plan');
  expect(text).not.toContain('{');
  // A new record's empty fields are not listed.
  expect(text).not.toContain('Agenda: —');
});

async function noSidewaysScroll(): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('in Persian the log is right to left, in Persian digits and the Solar Hijri calendar, and fits 390px', async () => {
  await chooseLanguage(page, 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const log = page.getByTestId('audit-log');
  await expect(log).toContainText(`رابطهٔ ${org} · Steel supply را از مرحلهٔ شکل‌گیری به مرحلهٔ همبستگی برد`);
  await expect(log).toContainText(`${owner.name} جلسهٔ Price review با ${org} را ثبت کرد`);
  await expect(log).toContainText(`${owner.name} نقش ${joiner} را از عضو به مدیر تغییر داد`);
  const time = log.locator('time').first();
  await expect(time).toHaveText(PERSIAN_DIGITS);
  await expect(time).toHaveText(/۱۴۰[۴-۹]/);
  const text = await log.innerText();
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(RAW_ACTION);
  await noSidewaysScroll();
  await page.screenshot({ path: '/tmp/h-audit-fa-desktop.png', fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(log.getByTestId('audit-entry').first()).toBeVisible();
  await noSidewaysScroll();
  for (const entry of await log.getByTestId('audit-entry').all()) {
    const box = await entry.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  }
  await page.screenshot({ path: '/tmp/h-audit-fa-390.png', fullPage: true });
});
