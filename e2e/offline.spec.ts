import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer-page';

// The only spec that lets the service worker run (playwright.config.ts blocks it for the others).
test.use({ serviceWorkers: 'allow' });

/** Wait until the offline shell is installed and controls this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe('offline', () => {
  test('once opened, the designer opens and edits with no network', async ({ page, context }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await waitForServiceWorker(page);

    await context.setOffline(true);
    // Really offline: a file that is not part of the shell cannot be fetched.
    expect(await page.evaluate(() => fetch('./not-in-the-shell.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');
    // That refusal is logged as a console error; only what follows the reload counts.
    designer.errors.length = 0;
    await page.reload();
    await expect(page.locator('.react-flow')).toBeVisible();
    await expect(designer.node('se1')).toBeVisible();
    await expect(designer.node('central').locator('.node-title').first()).toHaveText('Central');

    await designer.selectNode('se1');
    await designer.setField('Users', '6000');
    await expect(designer.problemRow('SE_USER_CAPACITY').first()).toBeVisible();
    designer.expectNoConsoleErrors();
  });

  test('a newer build that has installed is offered with a reload prompt, and the page reloads only when asked', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await waitForServiceWorker(page);
    // A new deploy, as the browser sees one: a worker script that differs from the active one. (Playwright
    // does not route a worker's own script fetch; another script URL in the same scope is an update too.)
    await page.evaluate(() => {
      (window as { beforeUpdate?: boolean }).beforeUpdate = true;
      return navigator.serviceWorker.register('./sw.js?next');
    });
    const prompt = page.getByRole('status').filter({ hasText: 'Update available - reload' });
    await expect(prompt).toBeVisible();

    await designer.selectNode('se1');
    await designer.setField('Users', '2500');
    // The new version waits: the page has not been reloaded under the user's hands.
    await expect(page.getByRole('status').filter({ hasText: 'Update available - reload' })).toBeVisible();
    expect(await page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);
    const navigated = page.waitForEvent('framenavigated');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await navigated;
    // The reloaded page runs the new version and shows the edit, kept by autosave.
    await expect(page.locator('.react-flow')).toBeVisible();
    await designer.selectNode('se1');
    await expect(designer.inspector.getByLabel('Users', { exact: true })).toHaveValue('2500');
    expect(await page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/sw\.js\?next$/);
  });
});
