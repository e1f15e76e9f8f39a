import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer-page';
import { centerOf, designOf, dragMouse, dropFromPalette } from './support/canvas-helpers';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What the user sees, measured: the real bounding boxes of every node in Chromium, grouped by container.
 * Returns the pairs of siblings that overlap and the elements that stick out of their container.
 */
async function overlapsOnScreen(page: Page): Promise<string[]> {
  const design = await designOf(page);
  const parentOf = new Map<string, string | undefined>();
  for (const s of design.sites) parentOf.set(s.id, undefined);
  for (const p of design.pools) parentOf.set(p.id, p.siteId);
  for (const e of [...design.sqlInstances, ...design.fileStores, ...design.gateways]) parentOf.set(e.id, e.siteId);
  for (const s of design.servers) parentOf.set(s.id, s.poolId);
  const boxes = new Map<string, Rect>();
  for (const id of parentOf.keys()) {
    const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
    if (box) boxes.set(id, box);
  }
  expect(boxes.size).toBe(parentOf.size);
  const problems: string[] = [];
  const ids = [...boxes.keys()];
  const eps = 0.5;
  for (let i = 0; i < ids.length; i++) {
    const a = boxes.get(ids[i]!)!;
    const up = parentOf.get(ids[i]!);
    if (up !== undefined) {
      const c = boxes.get(up)!;
      if (a.x < c.x - eps || a.y < c.y - eps || a.x + a.width > c.x + c.width + eps || a.y + a.height > c.y + c.height + eps) {
        problems.push(`${ids[i]} outside ${up}`);
      }
    }
    for (let j = i + 1; j < ids.length; j++) {
      if (parentOf.get(ids[j]!) !== up) continue;
      const b = boxes.get(ids[j]!)!;
      const apart = a.x + a.width <= b.x + eps || b.x + b.width <= a.x + eps || a.y + a.height <= b.y + eps || b.y + b.height <= a.y + eps;
      if (!apart) problems.push(`${ids[i]} overlaps ${ids[j]}`);
    }
  }
  return problems;
}

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
