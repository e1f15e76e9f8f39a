import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer-page';

/** Journeys through the panels around the canvas: inspector, problems list, toolbar and palette. */

let designer: DesignerPage;

test.beforeEach(async ({ page }) => {
  designer = new DesignerPage(page);
  await designer.open();
});

test.afterEach(() => designer.expectNoConsoleErrors());

test('editing users in the inspector brings a capacity finding and takes it away again', async ({ page }) => {
  await designer.selectNode('se1');
  await expect(designer.inspector.getByRole('heading', { name: 'Pool' })).toBeVisible();
  await expect(designer.inspector.getByLabel('Role', { exact: true })).toHaveText('Standard Edition');
  const users = designer.inspector.getByLabel('Users', { exact: true });
  await expect(users).toHaveValue('2000');
  await expect(designer.problemRow('SE_USER_CAPACITY')).toHaveCount(0);

  await designer.setField('Users', '6000');
  await expect(designer.problemRow('SE_USER_CAPACITY').first()).toBeVisible();
  // The finding is also listed under the pool's own fields.
  await expect(designer.inspector.locator('[data-rule="SE_USER_CAPACITY"]').first()).toBeVisible();

  // One field change is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(users).toHaveValue('2000');
  await expect(designer.problemRow('SE_USER_CAPACITY')).toHaveCount(0);

  await designer.setField('Users', '6000');
  await expect(designer.problemRow('SE_USER_CAPACITY').first()).toBeVisible();
  await designer.setField('Users', '2000');
  await expect(designer.problemRow('SE_USER_CAPACITY')).toHaveCount(0);
});

test('an invalid FQDN shows an inline message and leaves the document unchanged', async ({ page }) => {
  await designer.selectNode('se1');
  const fqdn = designer.inspector.getByLabel('Pool FQDN');
  await fqdn.fill('se1 bad.fabrikam.com');
  await fqdn.press('Enter');
  await expect(designer.inspector.getByRole('alert')).toContainText('cannot contain spaces');
  await expect(fqdn).toHaveAttribute('aria-invalid', 'true');
  // Nothing was committed: there is nothing to undo and the canvas still shows the old name.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(designer.node('se1')).toContainText('se1.fabrikam.com');

  await fqdn.fill('se1_x.fabrikam.com');
  await fqdn.blur();
  await expect(designer.inspector.getByRole('alert')).toContainText('"_" is not allowed');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Escape drops the draft; a valid name then commits.
  await fqdn.press('Escape');
  await expect(fqdn).toHaveValue('se1.fabrikam.com');
  await expect(designer.inspector.getByRole('alert')).toHaveCount(0);
  await designer.setField('Users', '-5');
  await expect(designer.inspector.getByRole('alert')).toContainText('cannot be negative');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('removing the CMS flag shows CMS_MISSING in the list and on the canvas; Fix puts it back', async ({ page }) => {
  await expect(designer.problemRow('CMS_MISSING')).toHaveCount(0);
  await designer.selectNode('se1');
  const cms = designer.inspector.getByLabel('Central Management store host');
  await expect(cms).toBeChecked();
  await cms.uncheck();

  const row = designer.problemRow('CMS_MISSING');
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-severity', 'error');
  await expect(designer.node('se1').locator('.finding-badge')).toHaveAttribute('title', /CMS_MISSING/);
  await expect(designer.findingsCount).toHaveAttribute('data-errors', /[1-9]/);

  await row.getByRole('button', { name: 'Fix', exact: true }).click();
  await expect(designer.problemRow('CMS_MISSING')).toHaveCount(0);
  await expect(cms).toBeChecked();
  await expect(designer.node('se1').locator('.finding-badge')).not.toHaveAttribute('title', /CMS_MISSING/);

  // The fix was one undoable step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(designer.problemRow('CMS_MISSING')).toBeVisible();
});

test('a fix shows what it does before it is applied, and the rule links to Microsoft’s page', async ({ page }) => {
  await designer.selectNode('se1');
  await designer.inspector.getByLabel('Central Management store host').uncheck();
  const row = designer.problemRow('CMS_MISSING');
  const fix = row.getByRole('button', { name: 'Fix', exact: true });
  await fix.hover();
  // Judged on the changed design: marking se1 again clears exactly this error.
  await expect(row.locator('.finding-fix-effect')).toHaveText('(clears 1 error)');
  const doc = row.getByRole('link', { name: /central-management-store-failover/ });
  await expect(doc).toHaveAttribute('href', 'https://learn.microsoft.com/en-us/lyncserver/lync-server-2013-central-management-store-failover');
  await expect(doc).toHaveAttribute('target', '_blank');
  await expect(doc).toHaveAttribute('rel', 'noopener noreferrer');
  await fix.click();
  await expect(designer.problemRow('CMS_MISSING')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(designer.problemRow('CMS_MISSING')).toBeVisible();
});

test('a problems row selects and frames the elements of its finding', async ({ page }) => {
  // Make a finding about a single pool, then leave nothing selected.
  await designer.selectNode('se1');
  await designer.inspector.getByLabel('Central Management store host').uncheck();
  await designer.node('branch1').click({ position: { x: 12, y: 10 } });
  await expect(designer.inspector.getByRole('heading', { name: 'Branch site' })).toBeVisible();

  const before = (await designer.node('se1').boundingBox())!;
  await designer.problemRow('CMS_MISSING').getByRole('button', { name: /CMS_MISSING/ }).click();
  await expect(designer.inspector.getByRole('heading', { name: 'Pool' })).toBeVisible();
  await expect(designer.inspector.getByLabel('Pool FQDN')).toHaveValue('se1.fabrikam.com');
  await expect(designer.node('se1')).toHaveClass(/selected/);
  // Framed: the pool is drawn larger than when the whole design was in view, and it is inside the canvas.
  await expect.poll(async () => (await designer.node('se1').boundingBox())!.width).toBeGreaterThan(before.width * 1.2);
  const canvas = (await page.getByRole('main', { name: 'Design canvas' }).boundingBox())!;
  const after = (await designer.node('se1').boundingBox())!;
  expect(after.x).toBeGreaterThanOrEqual(canvas.x);
  expect(after.x + after.width).toBeLessThanOrEqual(canvas.x + canvas.width);
});

test('severity toggles and the text filter narrow the problems list', async () => {
  await designer.selectNode('se1');
  await designer.inspector.getByLabel('Central Management store host').uncheck();
  const rows = designer.problems.locator('[data-rule]');
  await expect(designer.problemRow('CMS_MISSING')).toBeVisible();
  const total = await rows.count();
  await designer.problems.getByLabel('Filter problems').fill('central management');
  await expect(designer.problemRow('CMS_MISSING')).toBeVisible();
  await expect(rows.filter({ hasNotText: /central management/i })).toHaveCount(0);
  await designer.problems.getByLabel('Filter problems').fill('no-such-problem-text');
  await expect(designer.problems.getByText('No problems match the filter.')).toBeVisible();
  await designer.problems.getByLabel('Filter problems').fill('');
  await expect(rows).toHaveCount(total);
  for (const severity of ['error', 'warning', 'info']) {
    await designer.problems.locator(`[data-severity-toggle="${severity}"]`).click();
  }
  await expect(rows).toHaveCount(0);
});

test('templates: the medium design opens, asking first when the current design has unsaved edits', async ({ page }) => {
  await designer.chooseTemplate('Medium organization');
  // Nothing was edited: no question.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(designer.node('pool1')).toBeVisible();
  await expect(page.getByLabel('Design name', { exact: true })).toHaveValue(/Medium/);

  await designer.chooseTemplate('Small organization');
  await expect(designer.node('se1')).toBeVisible();
  await designer.selectNode('se1');
  await designer.setField('Users', '2500');

  await designer.chooseTemplate('Medium organization');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Replace the current design?');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(designer.node('se1')).toBeVisible();
  await expect(designer.node('pool1')).toHaveCount(0);

  await designer.chooseTemplate('Medium organization');
  await dialog.getByRole('button', { name: /Open the medium organization template/ }).click();
  await expect(designer.node('pool1')).toBeVisible();
  await expect(designer.node('se1')).toHaveCount(0);

  // Opening the template was one undo step: the edited small design comes back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(designer.node('se1')).toBeVisible();
  await designer.selectNode('se1');
  await expect(designer.inspector.getByLabel('Users', { exact: true })).toHaveValue('2500');
});

test('the palette search filters tiles by label and keyword', async ({ page }) => {
  const tiles = page.locator('[data-palette-item]');
  // The palette's tiles follow the canvas onto the first screen (state/after-paint.ts).
  await expect(tiles.first()).toBeVisible();
  const all = await tiles.count();
  expect(all).toBeGreaterThan(10);
  const search = page.getByLabel('Search palette');
  await search.fill('edge');
  await expect(tiles).toHaveCount(1);
  await expect(designer.paletteTile('server:edge')).toBeVisible();
  await search.fill('database');
  await expect(tiles).toHaveCount(1);
  await expect(designer.paletteTile('sql-instance')).toBeVisible();
  await search.fill('zzz');
  await expect(tiles).toHaveCount(0);
  await expect(page.getByText('Nothing matches')).toBeVisible();
  await search.fill('');
  await expect(tiles).toHaveCount(all);
});

test('keyboard: Enter on a focused palette tile adds the element into the selected site', async ({ page }) => {
  await designer.node('branch1').click({ position: { x: 12, y: 10 } });
  const gateways = () => page.evaluate(() => window.__designer!.design!().gateways.map((g) => ({ id: g.id, siteId: g.siteId })));
  const before = await gateways();

  await designer.paletteTile('gateway').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await gateways()).length).toBe(before.length + 1);
  const added = (await gateways()).find((g) => !before.some((b) => b.id === g.id))!;
  expect(added.siteId).toBe('branch1');
  await expect(designer.node(added.id)).toBeVisible();
  await expect(designer.inspector.getByRole('heading', { name: 'Gateway' })).toBeVisible();
  await expect(designer.inspector.getByLabel('Address')).toHaveValue(/^gw\d*\.fabrikam\.com$/);

  // One undo step takes it away again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(designer.node(added.id)).toHaveCount(0);
});

test('toolbar: the findings summary hides and shows the problems list', async () => {
  await expect(designer.problems).toBeVisible();
  await designer.findingsCount.click();
  await expect(designer.problems).toHaveCount(0);
  await designer.findingsCount.click();
  await expect(designer.problems).toBeVisible();
});

test('the inspector shows the fields of every element kind, and of a multi-selection', async ({ page }) => {
  await designer.chooseTemplate('Medium organization');
  await expect(designer.node('pool1')).toBeVisible();
  const select = (ids: string[]) => page.evaluate((x) => window.__designer!.select!(x), ids);
  const { inspector } = designer;

  await select(['br1']);
  await expect(inspector.getByRole('heading', { name: 'Branch site' })).toBeVisible();
  await expect(inspector.getByLabel('Central site')).toHaveValue('dc');
  await designer.setField('Name', '   ');
  await expect(inspector.getByRole('alert')).toContainText('cannot be blank');
  expect(await page.evaluate(() => window.__designer!.design!().sites.find((s) => s.id === 'br1')!.name)).toBe('Branch 1');

  await select(['pool1']);
  await expect(inspector.getByLabel('Edition')).toHaveText('Enterprise Edition');
  await expect(inspector.getByLabel('Load balancing')).toBeVisible();
  for (const feature of ['Conferencing', 'Dial-in conferencing', 'Enterprise Voice', 'Archiving', 'Monitoring', 'Call admission control', 'Persistent Chat compliance']) {
    await expect(inspector.getByLabel(feature, { exact: true })).toBeVisible();
  }

  await select(['fe1']);
  await expect(inspector.getByLabel('Role', { exact: true })).toHaveValue('front-end');
  await expect(inspector.getByLabel('Server FQDN')).not.toHaveValue('');

  await select(['be1']);
  await expect(inspector.getByRole('heading', { name: 'SQL Server instance' })).toBeVisible();
  await expect(inspector.getByLabel('SQL edition')).toBeVisible();
  await expect(inspector.getByLabel('Cluster nodes')).toBeVisible();

  await select(['fs1']);
  await expect(inspector.getByLabel('Share')).not.toHaveValue('');

  await select(['gw-dc']);
  await expect(inspector.getByLabel('Address')).not.toHaveValue('');

  await select(['be']);
  await expect(inspector.getByRole('heading', { name: 'Link' })).toBeVisible();
  await expect(inspector.getByLabel('Link kind')).toHaveValue('backend');
  await expect(inspector.getByLabel('From', { exact: true })).toContainText(/.+/);

  await select(['gw-dc', 'gw-br2']);
  await expect(inspector.getByTestId('selection-count')).toHaveText('2 elements selected.');
  await inspector.getByRole('button', { name: 'Delete 2 elements' }).click();
  // Their trunks go with them: asked first.
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(designer.node('gw-dc')).toHaveCount(0);
  await expect(designer.node('gw-br2')).toHaveCount(0);
});

test('at 1280x800 the palette, canvas and side panel sit side by side without overlapping', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const box = async (name: string, role: 'navigation' | 'main' | 'region' | 'toolbar') => (await page.getByRole(role, { name }).boundingBox())!;
  const toolbar = await box('Design tools', 'toolbar');
  const palette = await box('Palette', 'navigation');
  const canvas = await box('Design canvas', 'main');
  const inspector = await box('Properties', 'region');
  const problems = await box('Problems', 'region');
  expect(toolbar.height).toBeLessThan(60);
  expect(palette.x + palette.width).toBeLessThanOrEqual(canvas.x + 1);
  expect(canvas.x + canvas.width).toBeLessThanOrEqual(inspector.x + 1);
  expect(inspector.y + inspector.height).toBeLessThanOrEqual(problems.y + 1);
  expect(problems.x + problems.width).toBeLessThanOrEqual(1280);
  expect(problems.y + problems.height).toBeLessThanOrEqual(800 + 1);
  expect(canvas.width).toBeGreaterThan(600);
  // Collapsing the palette gives the canvas its room.
  await page.getByRole('button', { name: 'Hide palette' }).click();
  await expect(page.getByLabel('Search palette')).toHaveCount(0);
  expect((await box('Design canvas', 'main')).width).toBeGreaterThan(canvas.width + 100);
  await page.getByRole('button', { name: 'Show palette' }).click();
  await expect(page.getByLabel('Search palette')).toBeVisible();
});

test('a palette tile dragged onto a site adds the element there', async ({ page }) => {
  const edgeServers = () =>
    page.evaluate(() => window.__designer!.design!().servers.filter((s) => s.role === 'edge').map((s) => s.id));
  const before = await edgeServers();
  const site = (await designer.node('central').boundingBox())!;
  await designer.paletteTile('server:edge').dragTo(designer.node('central'), {
    targetPosition: { x: site.width - 60, y: site.height - 30 },
  });
  await expect.poll(async () => (await edgeServers()).length).toBe(before.length + 1);
  const added = (await edgeServers()).find((id) => !before.includes(id))!;
  await expect(designer.node(added)).toBeVisible();
});
