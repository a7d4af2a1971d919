import { expect, type Page } from '@playwright/test';

export const owner = {
  workspace: 'Lotus Trading',
  name: 'Olivia Owner',
  email: 'olivia@example.com',
  password: 'correct horse battery',
};

export const member = {
  name: 'Minh Member',
  email: 'minh@example.com',
  password: 'another long secret',
};

/** Matches the app's workspace URLs: /w/<uuid>. */
export const WORKSPACE_URL = /\/w\/[0-9a-f-]{36}(\/|$)/;

/** Persian (extended Arabic-Indic) digits. */
export const PERSIAN_DIGITS = /[۰-۹]/;

/** Signs in through the form and waits for the app. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(WORKSPACE_URL);
}

/** Opens a settings page from the navigation. */
export async function openNav(page: Page, label: string | RegExp): Promise<void> {
  await page.getByTestId('main-nav').getByRole('link', { name: label }).click();
}

/** Picks a language from the header menu. */
export async function chooseLanguage(page: Page, locale: 'en' | 'vi' | 'ru' | 'fa'): Promise<void> {
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`language-${locale}`).click();
}
