import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer-page';
import { badgeOf, centerOf, designOf, dragMouse, dropFromPalette, findingsOf } from './support/canvas-helpers';

test.describe('design canvas', () => {
  test('shows every element of the reference small design, without console errors', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const design = await designOf(page);
    const ids = [...design.sites, ...design.pools, ...design.servers, ...design.gateways].map((e) => e.id);
    expect(ids).toHaveLength(13);
    for (const id of ids) await expect(designer.node(id)).toBeVisible();
    await expect(designer.node('se1').locator('.node-title').first()).toHaveText('se1.fabrikam.com');
    await expect(designer.node('central').locator('.node-title').first()).toHaveText('Central');
    await expect(page.locator('.react-flow__edge')).toHaveCount(design.links.length);
    await expect(page.locator('.link-label', { hasText: 'paired backup' })).toBeVisible();
    designer.expectNoConsoleErrors();
  });

  test('wheel zoom scales the drawn picture while the wheel turns, then draws it again sharp at the new zoom', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const viewport = page.locator('.react-flow__viewport');
    const grid = page.locator('.canvas-grid');
    const zoom = () => viewport.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    const cell = async () => Number(await grid.getAttribute('data-cell'));
    const before = await viewport.getAttribute('style');
    const cellBefore = await cell();
    expect(cellBefore).toBeCloseTo(20 * (await zoom()), 3);
    const pane = await page.locator('.react-flow__pane').boundingBox();
    await page.mouse.move(pane!.x + pane!.width / 2, pane!.y + pane!.height / 2);
    await page.mouse.wheel(0, -120);
    // A compositor layer while zooming, and the grid's dots scaled from the bitmap they had...
    expect(await viewport.evaluate((el) => el.style.willChange)).toBe('transform');
    await expect(viewport).not.toHaveAttribute('style', before ?? '');
    expect(await cell()).toBe(cellBefore);
    const scaled = await grid.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(scaled).toBeCloseTo(((await zoom()) * 20) / cellBefore, 3);
    // ...and none once the wheel is still, so names and dots are rastered at the scale they are shown at.
    await expect.poll(() => viewport.evaluate((el) => el.style.willChange)).toBe('');
    await expect.poll(cell).toBeCloseTo(20 * (await zoom()), 3);
    expect(await grid.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)).toBe(1);
    await expect(designer.node('se1').locator('.node-title').first()).toBeVisible();
    designer.expectNoConsoleErrors();
  });

  test('builds a site with pools and servers from the palette', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const branch = (await designer.node('branch1').boundingBox())!;
    // Free canvas right of the branch site.
    await dropFromPalette(page, 'site-central', { x: branch.x + branch.width + 60, y: branch.y + 20 });
    let design = await designOf(page);
    const site = design.sites.find((s) => s.name === 'Central site 2')!;
    expect(site.kind).toBe('central');
    await expect(designer.node(site.id).locator('.node-title').first()).toHaveText('Central site 2');

    const siteBox = (await designer.node(site.id).boundingBox())!;
    await dropFromPalette(page, 'pool', { x: siteBox.x + siteBox.width / 2, y: siteBox.y + siteBox.height * 0.6 });
    design = await designOf(page);
    const pool = design.pools.find((p) => p.siteId === site.id)!;
    expect(pool.fqdn).toBe('pool01.fabrikam.com');
    await dropFromPalette(page, 'server:front-end', await centerOf(designer.node(pool.id)));
    await dropFromPalette(page, 'server:front-end', await centerOf(designer.node(pool.id)));
    design = await designOf(page);
    expect(design.servers.filter((s) => s.poolId === pool.id).map((s) => s.fqdn)).toEqual(['fe01.fabrikam.com', 'fe02.fabrikam.com']);
    await expect(designer.node(pool.id).locator('.node-title').first()).toHaveText('pool01.fabrikam.com');
    await expect(page.locator('.react-flow__node .node-title', { hasText: 'fe02.fabrikam.com' })).toBeVisible();

    // A pool-level element outside any site is refused, with a reason.
    await dropFromPalette(page, 'sql-instance', { x: pane.x + 20, y: pane.y + 20 });
    await expect(page.getByText('belongs in a site')).toBeVisible();
    expect((await designOf(page)).sqlInstances).toHaveLength(0);
    designer.expectNoConsoleErrors();
  });

  test('moves a server into another pool where it is let go', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await dragMouse(page, await centerOf(designer.node('owa-srv')), await centerOf(designer.node('edge').locator('.pool-header')));
    await expect.poll(async () => (await designOf(page)).servers.find((s) => s.id === 'owa-srv')!.poolId).toBe('edge');
    const inner = (await designer.node('owa-srv').boundingBox())!;
    const outer = (await designer.node('edge').boundingBox())!;
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + 1);
    designer.expectNoConsoleErrors();
  });

  test('pooling a Standard Edition server shows SE_POOLED, and undo takes it away', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await dropFromPalette(page, 'server:standard-edition', await centerOf(designer.node('se1')));
    // A pool of two still known by its first server's FQDN: the designer offers a name of its own.
    await page.getByRole('button', { name: 'Keep the name' }).click();
    await expect(badgeOf(page, 'se1')).toHaveAttribute('data-severity', 'error');
    await expect(badgeOf(page, 'se1')).toHaveAttribute('title', /SE_POOLED/);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(badgeOf(page, 'se1')).not.toHaveAttribute('title', /SE_POOLED/);
    expect((await designOf(page)).servers.filter((s) => s.poolId === 'se1')).toHaveLength(1);
    designer.expectNoConsoleErrors();
  });

  test('a back-end link from an Enterprise pool to a SQL instance clears EE_BACKEND_MISSING', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const site = (await designer.node('central').boundingBox())!;
    const gw = (await designer.node('gw-central').boundingBox())!;
    // A Front End server on the site's free space gets an (Enterprise) pool of its own.
    await dropFromPalette(page, 'server:front-end', { x: site.x + site.width - 130, y: gw.y + gw.height / 2 });
    await dropFromPalette(page, 'sql-instance', { x: gw.x + gw.width + 140, y: gw.y + gw.height / 2 });
    const design = await designOf(page);
    // The new pool can hold more Front Ends, so it has an FQDN of its own, not its server's.
    const pool = design.pools.find((p) => design.servers.some((x) => x.poolId === p.id && x.fqdn === 'fe01.fabrikam.com'))!;
    expect(pool.fqdn).toBe('pool01.fabrikam.com');
    const sql = design.sqlInstances[0]!;
    await expect(badgeOf(page, pool.id)).toHaveAttribute('title', /EE_BACKEND_MISSING/);

    const handle = designer.node(pool.id).locator('.react-flow__handle.source');
    await dragMouse(page, await centerOf(handle), await centerOf(designer.node(sql.id)));
    // Back end, Monitoring store and Archiving store all fit: the chooser asks which.
    await page.getByRole('menuitem', { name: /back end/ }).click();
    await expect(badgeOf(page, pool.id)).not.toHaveAttribute('title', /EE_BACKEND_MISSING/);
    expect((await findingsOf(page)).filter((f) => f.rule === 'EE_BACKEND_MISSING')).toEqual([]);
    expect((await designOf(page)).links.filter((l) => l.kind === 'backend')).toEqual([
      expect.objectContaining({ from: pool.id, to: sql.id }),
    ]);
    await expect(page.locator('.link-label', { hasText: 'back end' })).toBeVisible();
    designer.expectNoConsoleErrors();
  });

  test('copy and paste renumber FQDNs; undo and redo restore exactly', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = await designOf(page);
    await designer.selectNode('se2');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(page.locator('.react-flow__node .node-title', { hasText: 'se3.fabrikam.com' }).first()).toBeVisible();
    const pasted = await designOf(page);
    const copy = pasted.pools.find((p) => p.fqdn === 'se3.fabrikam.com')!;
    expect(pasted.servers.filter((s) => s.poolId === copy.id).map((s) => s.fqdn)).toEqual(['se3.fabrikam.com']);
    expect(await page.evaluate(() => window.__designer!.selection!())).toEqual([copy.id]);

    // One more edit: delete the copy (it takes its server: the canvas asks first).
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(designer.node(copy.id)).toHaveCount(0);
    const after = await designOf(page);

    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await designOf(page)).toEqual(before);
    await expect(designer.node(copy.id)).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    expect(await designOf(page)).toEqual(pasted);
    await expect(designer.node(copy.id)).toBeVisible();
    await page.keyboard.press('Control+y');
    expect(await designOf(page)).toEqual(after);
    designer.expectNoConsoleErrors();
  });

  test('Delete removes a selected link; arrow keys nudge, one undo step per press', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await page.locator('.link-label', { hasText: 'paired backup' }).click();
    expect(await page.evaluate(() => window.__designer!.selection!())).toEqual(['pair']);
    await page.keyboard.press('Delete');
    await expect(page.locator('.link-label', { hasText: 'paired backup' })).toHaveCount(0);
    expect((await designOf(page)).links.map((l) => l.id)).not.toContain('pair');

    await designer.selectNode('gw-central');
    const start = (await designOf(page)).layout!['gw-central']!;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect((await designOf(page)).layout!['gw-central']).toMatchObject({ x: start.x + 10, y: start.y + 1 });
    await page.keyboard.press('Control+z');
    expect((await designOf(page)).layout!['gw-central']).toMatchObject({ x: start.x + 10, y: start.y });
    designer.expectNoConsoleErrors();
  });
});
