import { expect, test, type Page } from '@playwright/test';
import { designOf } from './support/canvas-helpers';
import { DesignerPage } from './support/designer-page';

/**
 * Code the first screen does not need is fetched when it is first used (docs/architecture.md, "Cold
 * start"): the first screen asks for none of it, a slow load says what it is waiting for, and a load that
 * fails says so and leaves the design as it was.
 */

const ON_USE = /\/assets\/(exceljs|export-picture|picture-payload|share-codec|open-share-link|ReportsView|report-workbook|topology-builder)[.-]/;

/** Fail every request for the chunk whose file name starts with `name`. */
async function unreachable(page: Page, name: string): Promise<void> {
  await page.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), (route) => route.abort());
}

test('the first screen fetches none of the code loaded on use, then shows the panels and the findings', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.node('se1')).toBeVisible();
  // The panels' turn comes right after the canvas: tiles, properties, problems, the counts and the badges.
  await expect(designer.paletteTile('site-central')).toBeVisible();
  await expect(designer.inspector.getByRole('heading', { name: 'Design' })).toBeVisible();
  await expect(designer.findingsCount).toHaveAttribute('data-errors', /\d/);
  await expect(designer.problems).not.toHaveAttribute('aria-busy', 'true');
  expect(requested.filter((url) => ON_USE.test(url))).toEqual([]);
  designer.expectNoConsoleErrors();
});

test('a picture export waits for its code and says so when that takes a while', async ({ page }) => {
  await page.route(/\/assets\/export-picture-[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1200));
    await route.continue();
  });
  const designer = new DesignerPage(page);
  await designer.open();
  const download = page.waitForEvent('download');
  await designer.fileMenu('Export picture: SVG');
  await expect(designer.notice('load:the picture exporter')).toContainText('Loading the picture exporter');
  expect((await download).suggestedFilename()).toMatch(/\.svg$/);
  await expect(designer.notice('load:the picture exporter')).toBeHidden();
  designer.expectNoConsoleErrors();
});

test('when code loaded on use cannot be fetched, the user is told and the design stays as it was', async ({ page }) => {
  for (const chunk of ['export-picture', 'share-codec', 'ReportsView']) await unreachable(page, chunk);
  const designer = new DesignerPage(page);
  await designer.open();
  await expect(designer.node('se1')).toBeVisible();
  const before = await designOf(page);

  await designer.fileMenu('Export picture: PNG at 1x');
  await expect(designer.notice('load:the picture exporter')).toContainText('Could not load the picture exporter');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(designer.notice('load:the share link encoder')).toContainText('Could not load the share link encoder');
  await expect(page.getByRole('dialog', { name: 'Share' })).toBeHidden();

  await page.getByRole('button', { name: 'Reports' }).click();
  await expect(page.getByRole('region', { name: 'Reports' }).getByRole('alert')).toContainText('Could not load the reports');

  // Everything else still works, and nothing in the design changed.
  await designer.selectNode('se1');
  await expect(designer.inspector.getByLabel('Users', { exact: true })).toBeVisible();
  expect(await designOf(page)).toEqual(before);
});

test('a shared link whose reader cannot be fetched is refused in words; the design on screen stays', async ({ page }) => {
  await unreachable(page, 'open-share-link');
  const designer = new DesignerPage(page);
  await designer.open('/#design=1.AAAA');
  await expect(designer.notice('share-link')).toContainText('could not load its link reader');
  await expect(designer.node('se1')).toBeVisible();
});

test('a template that arrives after the user opened a file does not replace that file', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  await page.route(/\/assets\/samples-[^/]*\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  const designer = new DesignerPage(page);
  await designer.open();
  const exported = await designer.exportFile('Export design file: JSON');
  const file = { ...JSON.parse(exported.bytes.toString('utf8')), name: 'Opened while the template loaded' };
  const name = page.getByLabel('Design name');

  await designer.chooseTemplate('Medium organization');
  await expect.poll(() => asked).toBe(true);
  await designer.importFile({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(name).toHaveValue('Opened while the template loaded');
  const arrived = page.waitForResponse(/\/assets\/samples-[^/]*\.js$/);
  release();
  // The template's code has arrived and run, and the opened file is still there.
  await arrived;
  await page.waitForTimeout(500);
  await expect(name).toHaveValue('Opened while the template loaded');
  await designer.openTemplate('Medium organization');
  designer.expectNoConsoleErrors();
});
