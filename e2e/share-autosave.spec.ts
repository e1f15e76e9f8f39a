import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Design } from '../src/domain/design';
import { serializeDesign } from '../src/document/serialize';
import { generateDesign } from '../src/domain/testing/generate-design';
import { designOf } from './support/canvas-helpers';
import { DesignerPage } from './support/designer-page';

/** Share links, autosave and the content security policy, as a user meets them. */

const KEY = 'lync-designer:autosave';
const HOSTILE_NAME = '<img src=x onerror="window.__xss=1">Data centre';

const storedRecord = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedName = async (page: Page) => {
  const raw = await storedRecord(page);
  return raw ? (JSON.parse(raw) as { design: { name?: string } }).design.name : undefined;
};
const nameField = (page: Page) => page.getByLabel('Design name');

async function rename(page: Page, name: string): Promise<void> {
  await nameField(page).fill(name);
  await nameField(page).press('Enter');
  await expect(nameField(page)).toHaveValue(name);
}

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
  await makerPage.chooseTemplate('Medium organization');
  const url = await copyLink(makerPage.page);
  await maker.close();
  return url;
}

/** Storage that refuses the autosave key, as a full storage does; the returned function lifts it. */
async function fillStorage(page: Page): Promise<() => Promise<void>> {
  await page.evaluate((key) => {
    const original = Storage.prototype.setItem;
    (window as unknown as { __unfill: () => void }).__unfill = () => {
      Storage.prototype.setItem = original;
    };
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      original.call(this, k, v);
    };
  }, KEY);
  return () => page.evaluate(() => (window as unknown as { __unfill: () => void }).__unfill());
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
    await rename(page, 'My own work');
    await expect.poll(() => storedName(page)).toBe('My own work');
    const before = await storedRecord(page);
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
    await rename(page, 'Unsaved work');
    await expect.poll(() => storedName(page)).toBe('Unsaved work');
    const before = await storedRecord(page);

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

test.describe('autosave', () => {
  test('a reload restores the autosaved design, even one changed just before the page went away', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await rename(page, 'Before reload');
    // No waiting for the debounce: leaving the page flushes the pending save.
    await page.reload();
    await expect(nameField(page)).toHaveValue('Before reload');
    await expect(page.getByTestId('dialog')).toBeHidden();
    designer.expectNoConsoleErrors();
  });

  test('a first visit edited before the storage reader has loaded (it comes after the first screen) is saved once it has', async ({ page }) => {
    // The reader (autosave, the load pipeline, zod) is held back until the edit is made.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/boot-io-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const designer = new DesignerPage(page);
    await designer.open();
    await rename(page, 'Edited early');
    await page.waitForTimeout(800); // longer than the autosave pause: nothing can be written yet
    expect(await storedRecord(page)).toBeNull();
    release();
    await expect.poll(() => storedName(page)).toBe('Edited early');
    await page.reload();
    await expect(nameField(page)).toHaveValue('Edited early');
    designer.expectNoConsoleErrors();
  });

  test('when the storage reader cannot be fetched, the saved design is left as it was and the page says so', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await rename(page, 'Saved before');
    await expect.poll(() => storedName(page)).toBe('Saved before');
    const before = await storedRecord(page);
    await page.route(/\/boot-io-[\w-]+\.js$/, (route) => route.abort());
    await page.reload();
    await expect(page.locator('[data-notice="autosave-off"]')).toContainText('could not read this browser\u2019s storage');
    await rename(page, 'Edited without a reader');
    await page.waitForTimeout(1000);
    expect(await storedRecord(page)).toBe(before);
  });

  test('a large design is autosaved in short tasks too, and a reload brings all of it back', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const design = generateDesign({ seed: 5, elements: 3000, withLayout: true });
    await designer.importFile({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(serializeDesign(design)) });
    await expect(designer.node(design.sites[0]!.id)).toBeVisible();
    await rename(page, 'Large, renamed');
    // Waited for, not flushed by leaving: this is the sliced save (above 2,000 elements).
    await expect.poll(() => storedName(page), { timeout: 15_000 }).toBe('Large, renamed');
    const stored = JSON.parse((await storedRecord(page))!) as { design: Design };
    expect(stored.design.servers).toHaveLength(design.servers.length);
    const onScreen = await designOf(page);
    expect(Object.keys(stored.design.layout ?? {}).sort()).toEqual(Object.keys(onScreen.layout ?? {}).sort());
    await page.reload();
    await expect(nameField(page)).toHaveValue('Large, renamed');
    expect((await designOf(page)).servers.map((s) => s.id)).toEqual(design.servers.map((s) => s.id));
    designer.expectNoConsoleErrors();
  });

  test('a reload brings back the view the user left, not a fresh zoom to fit', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const viewport = page.locator('.react-flow__viewport');
    const fitted = await viewport.getAttribute('style');
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect(viewport).not.toHaveAttribute('style', fitted ?? '');
    const zoomed = await viewport.getAttribute('style');
    await page.reload();
    await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', zoomed ?? '');
    designer.expectNoConsoleErrors();
  });

  test('storage full: a banner stays until saving works again, the last autosave is kept, nothing is lost', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await rename(page, 'Saved once');
    await expect.poll(() => storedName(page)).toBe('Saved once');
    const before = await storedRecord(page);

    const unfill = await fillStorage(page);
    await rename(page, 'Changed while full');
    const banner = page.locator('[data-notice="autosave-off"]');
    await expect(banner).toContainText('Autosave is off; download your design');
    expect(await storedRecord(page)).toBe(before);
    const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download design' }).click()]);
    expect(JSON.parse(await readFile((await download.path())!, 'utf8')).name).toBe('Changed while full');
    await rename(page, 'Still full');
    await expect(banner).toBeVisible();

    await unfill();
    await rename(page, 'Saving again');
    await expect(banner).toBeHidden();
    await expect.poll(() => storedName(page)).toBe('Saving again');
    designer.expectNoConsoleErrors();
  });

  test('a damaged autosave is kept aside and offered for download, never written over', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, '{"savedAt": 1, "design": {broken');
      }
    }, KEY);
    const designer = new DesignerPage(page);
    await designer.open();
    const notice = page.locator('[data-notice="autosave-damaged"]');
    await expect(notice).toContainText('A damaged autosave was kept aside');
    await expect(nameField(page)).toHaveValue('Small organization (reference topology)');
    const kept = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lync-designer:autosave-damaged:')));
    expect(await kept()).toHaveLength(1);

    await rename(page, 'New work');
    await expect.poll(() => storedName(page)).toBe('New work');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download damaged autosave' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^damaged-autosave-record-.+\.txt$/);
    expect(await readFile((await download.path())!, 'utf8')).toBe('{"savedAt": 1, "design": {broken');
    await expect(notice).toBeHidden();
    expect(await kept()).toEqual([]);
    designer.expectNoConsoleErrors();
  });

  test('a kept-aside autosave whose design is whole downloads as a topology file that Import opens', async ({ page }) => {
    const sample = JSON.parse(await readFile(new URL('../src/document/samples/reference-small.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // The envelope is damaged (a viewport of nulls), the design inside is whole.
    const record = JSON.stringify({ savedAt: 1, tabId: 'old-tab', revision: 4, unsaved: true, viewport: { x: null, y: null, zoom: null }, design: { ...sample, name: 'Recovered work' } });
    await page.addInitScript(([key, raw]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key!, raw!);
      }
    }, [KEY, record]);
    const designer = new DesignerPage(page);
    await designer.open();
    const notice = page.locator('[data-notice="autosave-damaged"]');
    await expect(notice).toContainText('The design in it still opens');
    await expect(nameField(page)).toHaveValue('Small organization (reference topology)');

    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download recovered design' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^recovered-design-.+\.json$/);
    await expect(notice).toBeHidden();
    await designer.importFile({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: await readFile((await download.path())!) });
    await expect(nameField(page)).toHaveValue('Recovered work');
    designer.expectNoConsoleErrors();
  });

  test('two pages on one origin follow each other and never overwrite newer work without asking', async ({ context }) => {
    const a = new DesignerPage(await context.newPage());
    await a.open();
    const b = new DesignerPage(await context.newPage());
    await b.open();
    // Each tab saves its view once it has framed the design it shows; a rename in A while B's write of
    // its view is still due races it (A then sees newer work and asks). Start once storage is quiet.
    let last: string | null = null;
    let since = Date.now();
    await expect
      .poll(
        async () => {
          const raw = await a.page.evaluate((key) => localStorage.getItem(key), KEY);
          if (raw !== last) [last, since] = [raw, Date.now()];
          return Date.now() - since;
        },
        { timeout: 15_000, intervals: [250] },
      )
      .toBeGreaterThan(1500);

    await rename(a.page, 'From A');
    await expect(nameField(b.page)).toHaveValue('From A');
    await rename(b.page, 'From B');
    await expect(nameField(a.page)).toHaveValue('From B');

    // A has a change of its own it cannot write yet; B saves newer work meanwhile: A must ask.
    const unfill = await fillStorage(a.page);
    await rename(a.page, 'A offline');
    await expect(a.page.locator('[data-notice="autosave-off"]')).toBeVisible();
    await rename(b.page, 'B newer');
    await expect.poll(() => storedName(b.page)).toBe('B newer');
    const question = a.page.getByRole('dialog', { name: 'Newer work saved in this browser' });
    await expect(question).toBeVisible();
    expect(await storedName(a.page)).toBe('B newer');

    await unfill();
    await question.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => storedName(a.page)).toBe('A offline');
    await expect(nameField(b.page)).toHaveValue('A offline');
    a.expectNoConsoleErrors();
    b.expectNoConsoleErrors();
  });
});

test.describe('content security policy', () => {
  test('another tab moving its view is not newer work: no reload of the same design, undo kept, the next edit saved without a question', async ({ context }) => {
    const a = new DesignerPage(await context.newPage());
    await a.open();
    const b = new DesignerPage(await context.newPage());
    await b.open();
    await rename(a.page, 'Shared');
    await expect(nameField(b.page)).toHaveValue('Shared');
    await expect.poll(() => storedName(a.page)).toBe('Shared');

    // B only zooms: its view is written over the same design.
    const before = await storedRecord(a.page);
    await b.page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(() => storedRecord(a.page)).not.toBe(before);
    expect(await storedName(a.page)).toBe('Shared');
    // A does not reload the same design as "changes from another tab", which would also drop its undo history.
    await a.page.waitForTimeout(300);
    await expect(a.page.locator('[data-notice="autosave-follow"]')).toHaveCount(0);
    await a.page.getByRole('button', { name: 'Undo' }).click();
    await expect(nameField(a.page)).not.toHaveValue('Shared');
    await a.page.getByRole('button', { name: 'Redo' }).click();
    await expect(nameField(a.page)).toHaveValue('Shared');

    await rename(a.page, 'Edited after B zoomed');
    await expect.poll(() => storedName(a.page)).toBe('Edited after B zoomed');
    await expect(a.page.getByRole('dialog', { name: 'Newer work saved in this browser' })).toBeHidden();
    await expect(nameField(b.page)).toHaveValue('Edited after B zoomed');
    await expect(b.page.getByRole('dialog')).toBeHidden();
    a.expectNoConsoleErrors();
    b.expectNoConsoleErrors();
  });

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
