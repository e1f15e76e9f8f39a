import { expect, test, type Page } from '@playwright/test';
import { DesignerPage } from './support/designer-page';
import { centerOf, designOf, dragMouse, viewSettled } from './support/canvas-helpers';
import { overlapsOnScreen } from './support/no-overlap';

const handle = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"] .container-resize-handle`);
const savedSize = async (page: Page, id: string) => {
  const p = (await designOf(page)).layout?.[id];
  return { w: p?.w, h: p?.h };
};

test.describe('resizing sites and pools by handle', () => {
  test('a site grows by its corner handle, never shrinks below its content, and one undo takes a resize back', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await expect(handle(page, 'central')).toHaveCount(0);
    await designer.selectNode('central');
    await expect(handle(page, 'central')).toBeVisible();
    const before = (await designer.node('central').boundingBox())!;
    const corner = await centerOf(handle(page, 'central'));

    await dragMouse(page, corner, { x: corner.x + 120, y: corner.y + 60 });
    await expect.poll(async () => (await designer.node('central').boundingBox())!.width).toBeGreaterThan(before.width + 60);
    expect((await designer.node('central').boundingBox())!.height).toBeGreaterThan(before.height + 30);
    // Saved in the document's layout, so it survives a reload, a file and a share link.
    const saved = await savedSize(page, 'central');
    expect(saved.w).toBeGreaterThan(0);
    expect(saved.h).toBeGreaterThan(0);
    await expect.poll(() => overlapsOnScreen(page)).toEqual([]);

    // The grown corner may now be under the side panel: show the whole design first.
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    const canvas = (await page.locator('.design-canvas').boundingBox())!;
    await expect.poll(async () => (await centerOf(handle(page, 'central'))).x).toBeLessThan(canvas.x + canvas.width - 20);
    // The fit animates: measured mid-way, the grown width would be at a zoom the view then leaves.
    await viewSettled(page);
    const grown = (await designer.node('central').boundingBox())!;
    // Far past the content, up to the site's own header: it stops at what holds its pools (all still inside).
    const corner2 = await centerOf(handle(page, 'central'));
    await dragMouse(page, corner2, { x: grown.x + 30, y: grown.y + 30 });
    await expect.poll(async () => (await designer.node('central').boundingBox())!.width).toBeLessThan(grown.width);
    const shrunk = (await designer.node('central').boundingBox())!;
    expect(shrunk.width).toBeGreaterThan(grown.width / 3);
    await expect.poll(() => overlapsOnScreen(page)).toEqual([]);

    // One step back: the grown size again.
    await page.keyboard.press('Control+z');
    // Screen boxes are fractional at this zoom: within a pixel of the grown width (the saved size below is exact).
    await expect.poll(async () => Math.abs((await designer.node('central').boundingBox())!.width - grown.width)).toBeLessThan(1);
    expect(await savedSize(page, 'central')).toEqual(saved);
    await expect.poll(() => overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });

  test('a pool grows by its right edge, its neighbours move aside, and Tidy shrinks it back', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.selectNode('se1');
    const before = (await designer.node('se1').boundingBox())!;
    const edge = page.locator('.react-flow__node[data-id="se1"] .container-resize-line.right');
    await expect(edge).toHaveCount(1);
    const grip = { x: before.x + before.width - 1, y: before.y + before.height / 2 };
    await dragMouse(page, grip, { x: grip.x + 150, y: grip.y });
    await expect.poll(async () => (await designer.node('se1').boundingBox())!.width).toBeGreaterThan(before.width + 80);
    // Only wider: the bottom edge stayed where it was.
    expect(Math.abs((await designer.node('se1').boundingBox())!.height - before.height)).toBeLessThan(1);
    expect((await savedSize(page, 'se1')).w).toBeGreaterThan(0);
    await expect.poll(() => overlapsOnScreen(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tidy layout' }).click();
    await expect.poll(async () => (await savedSize(page, 'se1')).w).toBeUndefined();
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(() => overlapsOnScreen(page)).toEqual([]);
    designer.expectNoConsoleErrors();
  });
});
