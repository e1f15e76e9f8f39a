import { expect, type Page } from '@playwright/test';
import { designOf } from './canvas-helpers';

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
export async function overlapsOnScreen(page: Page): Promise<string[]> {
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
