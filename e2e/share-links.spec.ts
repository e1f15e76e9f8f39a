import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Design } from '../src/domain/design';
import { designOf } from './support/canvas-helpers';
import { DesignerPage } from './support/designer-page';
import { nameField, rename, renameAndSave, storedName, storedRecord } from './support/storage-helpers';

/** Share links and the content security policy, as a user meets them. */

const HOSTILE_NAME = '<img src=x onerror="window.__xss=1">Data centre';

/** A full page load of a URL (going to a URL that differs only in its fragment would not reload the page). */
async function openFresh(designer: DesignerPage, url: string): Promise<void> {
  await designer.page.goto('about:blank');
  await designer.open(url);
}

async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const url = await page.getByRole('dialog', { name: 'Share' }).getByLabel('Share link').inputValue();
  await page.keyboard.press('Escape');
  return url;
}

/** A share link of the medium template, made in a browser context of its own (another user's browser). */
async function mediumTemplateLink(browser: Browser): Promise<string> {
  const maker = await browser.newContext();
  const makerPage = new DesignerPage(await maker.newPage());
  await makerPage.open();
  await makerPage.openTemplate('Medium organization');
  const url = await copyLink(makerPage.page);
  await maker.close();
  return url;
}

const ids = (d: Design) => [d.sites, d.pools, d.servers, d.sqlInstances, d.fileStores, d.gateways, d.links].map((c) => c.map((e) => e.id));

test.describe('share links', () => {
  test('copy a link and open it in a fresh browser: the same design, names shown as text', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.chooseTemplate('Medium organization');
    await expect(designer.node('pool1')).toBeVisible();
    await page.evaluate((name) => window.__designer!.run!({ op: 'update', id: 'dc', patch: { name } }), HOSTILE_NAME);

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Share' });
    const url = await panel.getByLabel('Share link').inputValue();
    // The design is in the fragment, never the query string; the panel shows the whole link's length.
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=1\.[A-Za-z0-9_-]+$/);
    expect(url.length).toBeLessThan(2000);
    await expect(panel.getByTestId('share-length')).toHaveText(url.length.toLocaleString('en-US'));
    await expect(page.locator('[data-notice="share-copy"]')).toContainText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const shared = await designOf(page);

    const fresh = await browser.newContext();
    const other = new DesignerPage(await fresh.newPage());
    await other.open(url);
    await expect(other.node('pool1')).toBeVisible();
    const opened = await designOf(other.page);
    expect(ids(opened)).toEqual(ids(shared));
    expect({ ...opened, layout: undefined }).toEqual({ ...shared, layout: undefined });
    for (const [id, p] of Object.entries(shared.layout ?? {})) {
      expect(Math.abs(opened.layout![id]!.x - p.x), id).toBeLessThanOrEqual(5);
      expect(Math.abs(opened.layout![id]!.y - p.y), id).toBeLessThanOrEqual(5);
    }
    await expect(other.node('dc').getByText(HOSTILE_NAME)).toBeVisible();
    expect(await other.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The fragment is gone, and the shared design was autosaved: a reload shows it without asking.
    expect(other.page.url()).not.toContain('#');
    await other.page.reload();
    await expect(other.node('pool1')).toBeVisible();
    await expect(other.page.getByTestId('dialog')).toBeHidden();
    expect(ids(await designOf(other.page))).toEqual(ids(shared));
    other.expectNoConsoleErrors();
    designer.expectNoConsoleErrors();
    await fresh.close();
  });

  test('a truncated or altered link is refused with a message; the design on screen and in storage stay', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = await renameAndSave(page, 'My own work');
    const url = await copyLink(page);
    const at = url.indexOf('=') + 30;
    const broken = [url.slice(0, -25), `${url.slice(0, at)}${url[at] === 'A' ? 'B' : 'A'}${url.slice(at + 1)}`];

    for (const link of broken) {
      await openFresh(designer, link);
      const notice = page.locator('[data-notice="share-link"]');
      await expect(notice).toContainText('This shared link could not be opened');
      await expect(notice).toContainText('cut short or changed');
      await expect(notice).toContainText('Your own design is as it was');
      await expect(nameField(page)).toHaveValue('My own work');
      expect(await storedRecord(page)).toBe(before);
    }
    designer.expectNoConsoleErrors();
  });

  test('a link over unsaved work asks first; read-only keeps that work, Edit a copy replaces it', async ({ page, browser }) => {
    const url = await mediumTemplateLink(browser);

    const designer = new DesignerPage(page);
    await designer.open();
    const before = await renameAndSave(page, 'Unsaved work');

    await openFresh(designer, url);
    const question = page.getByRole('dialog', { name: 'Open the shared design?' });
    await expect(question).toContainText('Unsaved work');
    await expect(question.getByRole('button')).toHaveText(['Cancel', 'Open read-only', 'Replace']);
    await question.getByRole('button', { name: 'Open read-only' }).click();
    await expect(designer.node('pool1')).toBeVisible();
    await expect(page.locator('[data-notice="read-only"]')).toContainText('Read-only view of a shared design');
    await expect(nameField(page)).toHaveAttribute('readonly', '');
    expect(page.url()).not.toContain('#');
    expect(await storedRecord(page)).toBe(before);

    await page.reload();
    await expect(nameField(page)).toHaveValue('Unsaved work');
    await expect(page.getByTestId('dialog')).toBeHidden();

    await openFresh(designer, url);
    await page.getByRole('dialog', { name: 'Open the shared design?' }).getByRole('button', { name: 'Open read-only' }).click();
    await page.locator('[data-notice="read-only"]').getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByRole('dialog', { name: 'Edit a copy of the shared design?' }).getByRole('button', { name: 'Edit the copy' }).click();
    await expect(page.locator('[data-notice="read-only"]')).toBeHidden();
    await expect(nameField(page)).not.toHaveAttribute('readonly', '');
    await expect.poll(() => storedName(page)).toBe('Medium organization (reference topology)');
    designer.expectNoConsoleErrors();
  });
});

test.describe('a link pasted into the address bar of an open designer', () => {
  test('opens as a fresh load would: it asks over unsaved work, Cancel keeps it, Replace opens the link', async ({ page, browser }) => {
    const url = await mediumTemplateLink(browser);

    const designer = new DesignerPage(page);
    await designer.open();
    await rename(page, 'Unsaved work');
    // Same document: only the fragment changes, as when a link is pasted into this tab's address bar.
    await page.evaluate((hash) => {
      location.hash = hash;
    }, new URL(url).hash);
    const question = page.getByRole('dialog', { name: 'Open the shared design?' });
    await expect(question).toContainText('Unsaved work');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(nameField(page)).toHaveValue('Unsaved work');
    await expect.poll(() => storedName(page)).toBe('Unsaved work');

    await page.evaluate((hash) => {
      location.hash = hash;
    }, new URL(url).hash);
    await page.getByRole('dialog', { name: 'Open the shared design?' }).getByRole('button', { name: 'Replace' }).click();
    await expect(designer.node('pool1')).toBeVisible();
    await expect(nameField(page)).toHaveValue('Medium organization (reference topology)');
    expect(page.url()).not.toContain('#');
    designer.expectNoConsoleErrors();
  });
});

test.describe('content security policy', () => {
  test('the built app carries a strict policy, runs without violations, and the suite sees one when it happens', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    await copyLink(page);
    designer.expectNoConsoleErrors();

    // An inline script, as an injected name would try: the policy blocks it and the page object reports it.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    await expect.poll(() => designer.cspViolations.length).toBeGreaterThan(0);
  });
});
