import { expect, test } from '@playwright/test';
import { serializeDesign } from '../src/document/serialize';
import { generateDesign } from '../src/domain/testing/generate-design';
import { DesignerPage } from './support/designer-page';

test.describe('a large design', () => {
  test('opens at a readable zoom on its top-left corner, says so, and Zoom to fit still shows all of it', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const design = generateDesign({ seed: 11, elements: 3000, withLayout: true });
    await designer.importFile({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(serializeDesign(design)) });
    await expect(designer.notice('canvas-large-design')).toContainText('showing its top-left corner');

    // Only what is in view is drawn, and it is drawn big enough to read.
    const first = design.sites[0]!.id;
    await expect(designer.node(first)).toBeVisible();
    const drawn = await page.locator('.react-flow__node').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(1000);
    const zoom = await page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]));
    expect(zoom).toBeCloseTo(0.6, 2);
    const server = design.servers.find((s) => s.poolId.startsWith(`${first}-`))!;
    await expect(designer.node(server.id)).toContainText(server.fqdn);

    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(() => page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]))).toBeLessThan(0.35);
    designer.expectNoConsoleErrors();
  });
});
