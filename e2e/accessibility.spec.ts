import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { centerOf, dragMouse, dropFromPalette } from './support/canvas-helpers';
import { DesignerPage } from './support/designer-page';

/**
 * axe-core over every screen and dialog the user meets: 0 serious or critical violations. Each test
 * brings one screen up the way a user does, checks that it is there, then runs axe over the whole page.
 */
let designer: DesignerPage;

// An axe run takes seconds on a busy machine and some tests make several: a larger budget (nothing is timed).
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page }) => {
  designer = new DesignerPage(page);
  await designer.open();
});

/** Real Topology Builder files (../shared/fixtures/topology-builder). */
const FIXTURES = join(import.meta.dirname, '../../shared/fixtures/topology-builder');

async function rename(page: Page, name: string): Promise<void> {
  await page.getByLabel('Design name').fill(name);
  await page.getByLabel('Design name').press('Enter');
}

const select = (page: Page, ids: string[]) => page.evaluate((x) => window.__designer!.select!(x), ids);

test('the first screen: palette, canvas, inspector, problems list and toolbar', async ({ page }) => {
  await expect(designer.problems).toBeVisible();
  await expectAccessible(page, 'the first screen');
});

test('the inspector with a pool, a site, a server, a link and several elements selected', async ({ page }) => {
  await designer.selectNode('se1');
  await expect(designer.inspector.getByRole('heading', { name: 'Pool' })).toBeVisible();
  await expectAccessible(page, 'the inspector with a pool selected');
  for (const [ids, heading] of [[['central'], 'Central site'], [['edge-srv'], 'Server'], [['pair'], 'Link']] as const) {
    await select(page, [...ids]);
    await expect(designer.inspector.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expectAccessible(page, `the inspector with ${ids[0]} selected`);
  }
  await select(page, ['gw-central', 'owa']);
  await expect(designer.inspector.getByTestId('selection-count')).toHaveText('2 elements selected.');
  await expectAccessible(page, 'the inspector with two elements selected');
});

test('the problems list, filtered, with a row chosen', async ({ page }) => {
  const rows = designer.problems.locator('[data-rule]');
  await expect(rows.first()).toBeVisible();
  await rows.first().click();
  await designer.problems.getByLabel('Filter problems').fill('pool');
  await expectAccessible(page, 'the problems list');
});

test('the reports view, every tab', async ({ page }) => {
  // axe walks every cell of four long tables: a larger budget on a busy machine (nothing here is timed).
  test.setTimeout(240_000);
  await page.getByRole('button', { name: 'Reports' }).click();
  await expect(page.getByTestId('report-table')).toBeVisible();
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    // The page around it was checked with the first tab; then only the view itself.
    await expectAccessible(page, `the reports view, tab ${(await tabs.nth(i).textContent()) ?? i}`, i === 0 ? undefined : '.reports-view');
  }
});

test('the templates menu and the file menu', async ({ page }) => {
  await page.getByRole('button', { name: 'Templates' }).click();
  await expect(page.getByRole('menu', { name: 'Templates' })).toBeVisible();
  await expectAccessible(page, 'the templates menu');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Import…' })).toBeVisible();
  await expectAccessible(page, 'the file menu');
});

test('an import refusal', async ({ page }) => {
  await designer.importFile({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  await expect(designer.notice('import')).toContainText('Could not open "photo.png"');
  await expectAccessible(page, 'an import refusal');
});

test('the share dialog', async ({ page }) => {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Share' }).getByLabel('Share link')).toBeVisible();
  await expectAccessible(page, 'the share dialog');
});

test('the delete confirmation', async ({ page }) => {
  await select(page, ['gw-central']);
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'the delete confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(designer.node('gw-central')).toBeVisible();
});

test('the question over unsaved work (replace the design?)', async ({ page }) => {
  await rename(page, 'My own work');
  await designer.chooseTemplate('Medium organization');
  await expect(page.getByRole('dialog', { name: /Replace/ })).toBeVisible();
  await expectAccessible(page, 'the replace-the-design question');
});

test('the suggestion to name a pool of several servers', async ({ page }) => {
  await dropFromPalette(page, 'server:standard-edition', await centerOf(designer.node('se1')));
  await expect(page.getByRole('dialog', { name: 'Give the pool a name of its own?' })).toBeVisible();
  await expectAccessible(page, 'the pool name suggestion');
});

test('the link chooser', async ({ page }) => {
  const site = (await designer.node('central').boundingBox())!;
  const gw = (await designer.node('gw-central').boundingBox())!;
  // An Enterprise pool and a SQL instance: back end, Monitoring and Archiving store all fit, so it asks.
  await dropFromPalette(page, 'server:front-end', { x: site.x + site.width - 130, y: gw.y + gw.height / 2 });
  const pool = page.locator('.react-flow__node', { hasText: 'pool01.fabrikam.com' }).first();
  await expect(pool).toBeVisible();
  await dropFromPalette(page, 'sql-instance', { x: gw.x + gw.width + 140, y: gw.y + gw.height / 2 });
  const sql = page.locator('.react-flow__node-sqlInstance, .react-flow__node[data-id^="sql"]').first();
  await expect(sql).toBeVisible();
  await dragMouse(page, await centerOf(pool.locator('.react-flow__handle.source').first()), await centerOf(sql));
  await expect(page.getByRole('menuitem', { name: /back end/ })).toBeVisible();
  await expectAccessible(page, 'the link chooser');
});

test('a Topology Builder import report', async ({ page }) => {
  const file = 'lync2013-standard-edition.tbxml';
  await designer.importFile({ name: file, mimeType: 'application/xml', buffer: readFileSync(join(FIXTURES, file)) });
  await expect(page.getByRole('dialog', { name: `Imported "${file}"` })).toBeVisible();
  await expectAccessible(page, 'the import report');
});

test('a share link opened over unsaved work, and the read-only view', async ({ page }) => {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const url = await page.getByRole('dialog', { name: 'Share' }).getByLabel('Share link').inputValue();
  await page.keyboard.press('Escape');
  await rename(page, 'My own work');
  await page.goto('about:blank');
  await designer.open(url);
  const question = page.getByRole('dialog', { name: 'Open the shared design?' });
  await expect(question).toBeVisible();
  await expectAccessible(page, 'the open-a-shared-design question');
  await question.getByRole('button', { name: 'Open read-only' }).click();
  await expect(question).toBeHidden();
  await expectAccessible(page, 'the read-only view of a shared design');
});

test('a banner with an action: the damaged autosave kept aside', async ({ page }) => {
  // Written before the app starts, so nothing the page does on leaving can replace it first.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('lync-designer:autosave', '{"savedAt": 1, "design": {broken');
  });
  await page.reload();
  await expect(page.locator('[data-notice="autosave-damaged"]')).toContainText('A damaged autosave was kept aside');
  await expectAccessible(page, 'the damaged autosave banner');
});
