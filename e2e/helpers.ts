import { expect, type Locator, type Page } from '@playwright/test';

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

type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** Latin digits as Persian ones, as a Persian keyboard types them. */
export const persianDigits = (value: number | string) =>
  String(value).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string);

/**
 * Types a date into the app's date field (React Aria segments, in whatever order the language
 * puts them): each part in its own segment, numbers in the field's calendar and, in Persian, in
 * Persian digits (`digits: persianDigits`).
 */
export async function typeDateParts(
  field: Locator,
  parts: Partial<Record<DatePart, number>>,
  digits: (value: number) => string = String,
): Promise<void> {
  for (const [type, value] of Object.entries(parts)) {
    const segment = field.locator(`[role="spinbutton"][data-type="${type}"]`);
    await segment.click();
    await segment.pressSequentially(digits(value));
  }
}

/** Types a Gregorian 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' into a date field (not in Persian). */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day, hour, minute] = iso.split(/[-T:]/).map(Number) as number[];
  await typeDateParts(field, hour === undefined ? { year, month, day } : { year, month, day, hour, minute });
}

/** Empties one part of a date field, which leaves the field without a date. */
export async function clearDatePart(field: Locator, type: DatePart): Promise<void> {
  const segment = field.locator(`[role="spinbutton"][data-type="${type}"]`);
  await segment.click();
  // Backspace removes one digit at a time; a four-digit year needs four.
  for (let i = 0; i < 4; i += 1) await segment.press('Backspace');
}
