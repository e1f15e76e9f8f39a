import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer-page';
import { centerOf, designOf, dragMouse, dropFromPalette } from './support/canvas-helpers';
import { overlapsOnScreen } from './support/no-overlap';

test.describe('nothing hidden: every gesture leaves every element in free space', () => {
  test('a server dragged into a pool that already holds one lands beside it, and the pool grows', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const before = (await designer.node('edge').boundingBox())!;
    // Let go right on top of the Edge pool's own server.
    await dragMouse(page, await centerOf(designer.node('owa-srv')), await centerOf(designer.node('edge-srv')));
    await expect.poll(async () => (await designOf(page)).servers.find((s) => s.id === 'owa-srv')!.poolId).toBe('edge');
    await expect.poll(async () => (await designer.node('edge').boundingBox())!.height).toBeGreaterThan(before.height);
    expect(await overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });

  test('a pasted pool goes to free space, not over the original', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.selectNode('se2');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await designOf(page)).pools.length).toBe(6);
    expect(await overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });

  test('a SQL instance dropped onto a pool goes next to it, clear of its name and badge', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const se1 = (await designer.node('se1').boundingBox())!;
    await dropFromPalette(page, 'sql-instance', { x: se1.x + se1.width - 10, y: se1.y + 12 });
    await expect.poll(async () => (await designOf(page)).sqlInstances.length).toBe(1);
    expect(await overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });

  test('a pool moved into another site, and one moved past its own site edge, both stay in view and in a site', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await dragMouse(page, await centerOf(designer.node('owa').locator('.pool-header')), await centerOf(designer.node('branch1')));
    await expect.poll(async () => (await designOf(page)).pools.find((p) => p.id === 'owa')!.siteId).toBe('branch1');
    expect(await overlapsOnScreen(page)).toEqual([]);
    // Past the central site's right edge, over no other site: the site grows instead of snapping back.
    const central = (await designer.node('central').boundingBox())!;
    const header = await centerOf(designer.node('edge').locator('.pool-header'));
    await dragMouse(page, header, { x: central.x + central.width + 40, y: header.y });
    await expect.poll(async () => (await designer.node('central').boundingBox())!.width).toBeGreaterThan(central.width);
    expect((await designOf(page)).pools.find((p) => p.id === 'edge')!.siteId).toBe('central');
    expect(await overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });
});
