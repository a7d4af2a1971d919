import { test, type Page } from '@playwright/test';
import { owner, signIn } from './helpers.js';
import { startOwnServer, type OwnServer } from './own-server.js';

/**
 * For a spec on a server of its own: before the file's tests, starts the server and signs its
 * owner in on one page (English, UTC, the app's usual size); after them, closes both. Call at the
 * top level of the spec; `ready` hands the page and server to the spec's own variables.
 */
export function ownServerWithOwnerPage(port: number, ready: (page: Page, server: OwnServer) => void): void {
  let server: OwnServer | undefined;
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    server = await startOwnServer(port, owner);
    const context = await browser.newContext({
      baseURL: server.baseURL,
      locale: 'en-US',
      timezoneId: 'UTC',
      viewport: { width: 1360, height: 900 },
    });
    page = await context.newPage();
    await signIn(page, owner.email, owner.password);
    ready(page, server);
  });
  test.afterAll(async () => {
    await page?.context().close();
    await server?.stop();
  });
}
