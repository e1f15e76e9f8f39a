import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Design } from '../src/domain/design';
import { serializeDesign } from '../src/document/serialize';
import { generateDesign } from '../src/domain/testing/generate-design';
import { designOf, viewSettled } from './support/canvas-helpers';
import { DesignerPage } from './support/designer-page';
import { fillStorage, holdStorageReader, KEY, nameField, rename, renameAndSave, storedName, storedRecord, twoTabs } from './support/storage-helpers';

/** Autosave as a user meets it: reloads, full or damaged storage, two tabs. */

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
    const release = await holdStorageReader(page);
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

  test('a first visit that only moved the view before the storage reader loaded gets that view back on reload', async ({ page }) => {
    const release = await holdStorageReader(page);
    const designer = new DesignerPage(page);
    await designer.open();
    const viewport = page.locator('.react-flow__viewport');
    const fitted = await viewport.getAttribute('style');
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect(viewport).not.toHaveAttribute('style', fitted ?? '');
    await viewSettled(page);
    const zoomed = await viewport.getAttribute('style');
    release();
    await expect.poll(async () => (await storedRecord(page)) !== null).toBe(true);
    await page.reload();
    await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', zoomed ?? '');
    designer.expectNoConsoleErrors();
  });

  test('when the storage reader cannot be fetched, the saved design is left as it was and the page says so', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = await renameAndSave(page, 'Saved before');
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
    await viewSettled(page);
    const zoomed = await viewport.getAttribute('style');
    await page.reload();
    await expect(page.locator('.react-flow__viewport')).toHaveAttribute('style', zoomed ?? '');
    designer.expectNoConsoleErrors();
  });

  test('storage full: a banner stays until saving works again, the last autosave is kept, nothing is lost', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = await renameAndSave(page, 'Saved once');

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
    const [a, b] = await twoTabs(context);
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

  test('another tab moving its view is not newer work: no reload of the same design, undo kept, the next edit saved without a question', async ({ context }) => {
    const [a, b] = await twoTabs(context);
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

});
