/**
 * A uniform grid of boxes for "what is near here" queries, so routing and label placement stay close to
 * linear on large designs instead of testing every box against every other.
 */
import type { Box } from './geometry';

const CELL = 256;

export interface IndexedBox {
  id: string;
  box: Box;
}

export class BoxIndex {
  private readonly cells = new Map<string, IndexedBox[]>();

  constructor(items: Iterable<IndexedBox> = []) {
    for (const item of items) this.add(item);
  }

  add(item: IndexedBox): void {
    const { box } = item;
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++) {
        const key = `${cx},${cy}`;
        const list = this.cells.get(key);
        if (list) list.push(item);
        else this.cells.set(key, [item]);
      }
    }
  }

  /** Every box whose cell range meets the area (a superset of those that intersect it), each once. */
  near(area: Box): IndexedBox[] {
    const seen = new Set<IndexedBox>();
    for (let cx = Math.floor(area.x / CELL); cx <= Math.floor((area.x + area.w) / CELL); cx++) {
      for (let cy = Math.floor(area.y / CELL); cy <= Math.floor((area.y + area.h) / CELL); cy++) {
        const list = this.cells.get(`${cx},${cy}`);
        if (list) for (const item of list) seen.add(item);
      }
    }
    return [...seen];
  }

  /** Boxes whose interior intersects the area. */
  intersecting(area: Box): IndexedBox[] {
    return this.near(area).filter((item) => intersects(item.box, area));
  }
}

/** Interiors intersect (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function inflate(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by };
}
