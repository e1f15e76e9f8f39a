import { expect, test } from '@playwright/test';
import { DesignerPage } from './support/designer-page';

test.describe('the diagram reads', () => {
  test('links are announced in domain words, and hovering one highlights it and both its ends', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await expect(page.locator('.react-flow__edge[aria-label="paired backup link from se1.fabrikam.com to se2.fabrikam.com"]')).toHaveCount(1);
    const label = page.locator('.link-label', { hasText: 'paired backup' });
    await label.hover();
    await expect(label).toHaveClass(/strong/);
    await expect(designer.node('se1').locator('.cnode')).toHaveClass(/link-end-hover/);
    await expect(designer.node('se2').locator('.cnode')).toHaveClass(/link-end-hover/);
    await expect(designer.node('edge').locator('.cnode')).not.toHaveClass(/link-end-hover/);
    // Selecting an element highlights its links.
    await page.mouse.move(5, 500);
    await designer.selectNode('gw-central');
    await expect(page.locator('.link-label', { hasText: 'trunk' })).toHaveClass(/strong/);
    await expect(label).not.toHaveClass(/strong/);
    designer.expectNoConsoleErrors();
  });

  test('every node shows its role icon, the same drawing as the palette', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await expect(designer.node('se1').locator('.pool-header [data-icon="standard-edition"]')).toHaveCount(1);
    await expect(designer.node('edge-srv').locator('[data-icon="edge"]')).toHaveCount(1);
    await expect(designer.node('gw-central').locator('[data-icon="gateway"]')).toHaveCount(1);
    await expect(page.locator('[data-palette-item="server:edge"] [data-icon="edge"]')).toHaveCount(1);
  });

  test('printing shows the diagram alone', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('.palette')).toBeHidden();
    await expect(page.locator('.side-panel')).toBeHidden();
    await expect(designer.node('central')).toBeVisible();
  });
});
