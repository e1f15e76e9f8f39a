import { expect, type Locator, type Page } from '@playwright/test';
import type { Design } from '../../src/domain/design';
import type { Finding } from '../../src/rules/types';

/** Canvas gestures for journeys: real mouse drags, palette drags, and reading the document back. */
export async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export async function dragMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 15): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Drag a palette tile with the browser's own drag and drop and let go at a page point. */
export async function dropFromPalette(page: Page, item: string, at: { x: number; y: number }): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  // In steps: Playwright decides on each move whether a drag began (it gives the page one timer turn to fire
  // dragstart). With a single move, one late dragstart on a busy machine means no drag and no drop at all.
  await page.locator(`[data-palette-item="${item}"]`).dragTo(pane, { targetPosition: { x: at.x - box.x, y: at.y - box.y }, steps: 6 });
}

export function designOf(page: Page): Promise<Design> {
  return page.evaluate(() => window.__designer!.design!());
}

export function findingsOf(page: Page): Promise<Finding[]> {
  return page.evaluate(() => window.__designer!.findings!());
}

/** The finding badge on a node (absent when the node has no finding shown on it). */
export function badgeOf(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"] .finding-badge`).first();
}

/** Wait until the canvas view stops moving (Zoom to fit and framing animate for a quarter of a second). */
export async function viewSettled(page: Page): Promise<void> {
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  await expect
    .poll(async () => {
      const before = await transform();
      await page.waitForTimeout(150);
      return before === (await transform());
    })
    .toBe(true);
}
