import { expect, test, type Page } from '@playwright/test';
import { PERSIAN_DIGITS, WORKSPACE_URL, chooseLanguage, member, openNav, owner, signIn } from './helpers.js';

// One server, one database: the steps build on each other and run in order.
test.describe.configure({ mode: 'serial' });

let ownerPage: Page;

test.beforeAll(async ({ browser }) => {
  ownerPage = await browser.newPage();
});

test.afterAll(async () => {
  await ownerPage.close();
});

test('first run shows the setup page and lands the owner in the app', async () => {
  const page = ownerPage;
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Set up Rapport' })).toBeVisible();

  // A short password is refused with a translated, per-field message.
  await page.getByLabel('Workspace name').fill(owner.workspace);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByText('Must be at least 10 characters.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(WORKSPACE_URL);
  await expect(page.getByRole('heading', { name: `Welcome, ${owner.name}` })).toBeVisible();
  await expect(page.getByTestId('workspace-switcher')).toHaveText(owner.workspace);

  // Setup happens once: the page now sends people away.
  await page.goto('/setup');
  await expect(page).toHaveURL(WORKSPACE_URL);
});

test('signs out, refuses a wrong password, and signs in again', async () => {
  const page = ownerPage;
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Signed out: the app itself sends people to sign in.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel('Email').fill(owner.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('error-alert')).toHaveText('The email or password is incorrect.');

  await signIn(page, owner.email, owner.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${owner.name}` })).toBeVisible();
});

test('invites a member who accepts in another browser and cannot invite', async ({ browser }) => {
  const page = ownerPage;
  await openNav(page, 'Invitations');
  await page.getByLabel('Email').fill(member.email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const linkField = page.getByTestId('invite-link');
  await expect(linkField).toBeVisible();
  await expect(page.getByText('The link was also emailed.', { exact: false })).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/invite\/[^/]+$/);
  await expect(page.getByTestId('invitations-table')).toContainText(member.email);
  await expect(page.getByTestId('invitations-table')).toContainText('Pending');

  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  try {
    const guest = await context.newPage();
    await guest.goto(link);
    await expect(guest.getByText(`You have been invited to join ${owner.workspace} as Member.`)).toBeVisible();
    await guest.getByLabel('Your name').fill(member.name);
    await guest.getByRole('textbox', { name: 'Password', exact: true }).fill(member.password);
    await guest.getByRole('button', { name: 'Create account and join' }).click();

    await expect(guest).toHaveURL(WORKSPACE_URL);
    await expect(guest.getByRole('heading', { name: `Welcome, ${member.name}` })).toBeVisible();
    await expect(guest.getByText(`You are working in ${owner.workspace} as Member.`)).toBeVisible();

    // A member sees no audit log or outbox, and no invite form.
    const nav = guest.getByTestId('main-nav');
    await expect(nav.getByRole('link', { name: 'Members' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Outbox' })).toHaveCount(0);
    await openNav(guest, 'Invitations');
    await expect(guest.getByRole('heading', { name: 'Invitations' })).toBeVisible();
    await expect(guest.getByTestId('invite-form')).toHaveCount(0);
    await expect(guest.getByRole('button', { name: 'Send invitation' })).toHaveCount(0);

    // Nor can a member change roles.
    await openNav(guest, 'Members');
    await expect(guest.getByTestId('members-table')).toContainText(owner.email);
    await expect(guest.getByTestId('members-table').getByRole('combobox')).toHaveCount(0);
    await expect(guest.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  } finally {
    await context.close();
  }

  // The owner sees the new member and the accepted invitation.
  await openNav(page, 'Members');
  await expect(page.getByTestId('members-table')).toContainText(member.email);
  await openNav(page, 'Audit log');
  // As a sentence: who invited whom, in which role.
  await expect(page.getByTestId('audit-log')).toContainText(`${owner.name} invited ${member.email} as Member`);
});

test('the owner changes a role, is kept as the last owner, and removes a member', async () => {
  const page = ownerPage;
  await openNav(page, 'Members');
  const table = page.getByTestId('members-table');
  const memberRow = table.getByTestId('member-row').filter({ hasText: member.email });
  const ownerRow = table.getByTestId('member-row').filter({ hasText: owner.email });

  await memberRow.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Viewer' }).click();
  await expect(memberRow.getByRole('combobox', { name: 'Role' })).toHaveValue('Viewer');

  // The only owner cannot step down: the server's rule comes back translated.
  await ownerRow.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(page.getByText('A workspace must keep at least one owner.')).toBeVisible();
  await expect(ownerRow.getByRole('combobox', { name: 'Role' })).toHaveValue('Owner');

  await memberRow.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove member' });
  await expect(dialog).toContainText(member.email);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog).toBeHidden();
  await expect(table).not.toContainText(member.email);
  await expect(page.getByText('1 member', { exact: true })).toBeVisible();
});

test('switches to Persian, right to left with Persian digits, and back', async () => {
  const page = ownerPage;
  await openNav(page, 'Home');
  await chooseLanguage(page, 'fa');

  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'fa');
  const nav = page.getByTestId('main-nav');
  await expect(nav.getByRole('link', { name: 'اعضا' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'دعوت‌نامه‌ها' })).toBeVisible();
  await expect(page.getByTestId('today')).toContainText(PERSIAN_DIGITS);
  await expect(page.getByTestId('today')).not.toContainText(/[0-9]/);

  await openNav(page, 'اعضا');
  const joined = page.getByTestId('joined-at').first();
  await expect(joined).toContainText(PERSIAN_DIGITS);

  // The choice is saved on the account: a reload keeps it.
  await page.reload();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'اعضا' })).toBeVisible();

  await chooseLanguage(page, 'en');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(nav.getByRole('link', { name: 'Members' })).toBeVisible();
  await expect(page.getByTestId('joined-at').first()).toContainText(/[0-9]/);
});

test('someone who already has an account joins with their password', async ({ browser }) => {
  const page = ownerPage;
  await openNav(page, 'Invitations');
  await page.getByLabel('Email').fill(member.email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const link = await page.getByTestId('invite-link').inputValue();

  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  try {
    const guest = await context.newPage();
    await guest.goto(link);
    await expect(guest.getByText('You already have an account.', { exact: false })).toBeVisible();
    await expect(guest.getByLabel('Your name')).toHaveCount(0);
    await guest.getByRole('textbox', { name: 'Password', exact: true }).fill(member.password);
    await guest.getByRole('button', { name: 'Sign in and join' }).click();
    await expect(guest).toHaveURL(WORKSPACE_URL);
    await expect(guest.getByRole('heading', { name: `Welcome, ${member.name}` })).toBeVisible();

    // The link works once.
    await guest.goto(link);
    await expect(guest.getByTestId('error-alert')).toContainText('This invitation is no longer valid.');
  } finally {
    await context.close();
  }
});

test('creates a second workspace and switches between them', async () => {
  const page = ownerPage;
  await page.getByTestId('workspace-switcher').click();
  await page.getByTestId('new-workspace').click();
  const dialog = page.getByRole('dialog', { name: 'New workspace' });
  await dialog.getByLabel('Workspace name').fill('Saigon Office');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('workspace-switcher')).toHaveText('Saigon Office');
  const second = page.url();

  await page.getByTestId('workspace-switcher').click();
  await page.getByRole('menuitem', { name: owner.workspace }).click();
  await expect(page.getByTestId('workspace-switcher')).toHaveText(owner.workspace);
  expect(page.url()).not.toBe(second);

  // The choice is remembered: the start page opens the last workspace.
  await page.goto('/');
  await expect(page.getByTestId('workspace-switcher')).toHaveText(owner.workspace);
});

test('forgot password never reveals accounts, and a bad reset link is refused', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill('nobody@example.com');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByTestId('reset-sent')).toContainText('If an account exists for that email');

    await page.goto('/reset-password?token=not-a-real-token');
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill('a brand new password');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expect(page.getByTestId('error-alert')).toHaveText(
      'This password reset link is invalid or has expired. Please request a new one.',
    );
  } finally {
    await context.close();
  }
});

test('edits the profile name and time zone', async () => {
  const page = ownerPage;
  await page.getByTestId('user-menu').click();
  await page.getByTestId('profile').click();
  const dialog = page.getByRole('dialog', { name: 'Profile' });
  await dialog.getByLabel('Your name').fill('Olivia Nguyen');
  await dialog.getByRole('combobox', { name: 'Time zone' }).fill('Asia/Ho_Chi');
  await page.getByRole('option', { name: 'Asia/Ho_Chi_Minh' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('user-menu')).toContainText('Olivia Nguyen');

  await page.reload();
  await expect(page.getByTestId('user-menu')).toContainText('Olivia Nguyen');
  await page.getByTestId('user-menu').click();
  await page.getByTestId('profile').click();
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Ho_Chi_Minh');
});
